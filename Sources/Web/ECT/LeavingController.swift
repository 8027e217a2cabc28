import HTTP
import Induction
import Templates

/// GET and POST /ects/:ectID/leaving: the school records the ECT's last day, which closes the
/// induction period there with the terms served (SG 2.34) and may make an interim assessment due
/// (SG 2.62–2.63).
struct LeavingController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        var values: [String: String] = ["nextSchool": record.period?.nextSchool ?? ""]
        if let date = record.period?.endDate {
            values["leaving-day"] = String(date.day)
            values["leaving-month"] = String(date.month)
            values["leaving-year"] = String(date.year)
        }
        return try render(context, record: record, values: values, errors: [:], status: 200)
    }

    func save(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let form = LeavingForm(values: RecordFormParts.typed(context, LeavingForm.inputNames))
        let lastAbsence = record.absences.filter { $0.schoolID == record.ect.schoolID }.max { $0.absence.end < $1.absence.end }
        let outcome = form.validate(inductionStart: record.startDate, lastAbsence: lastAbsence)
        return try RecordFormParts.submit(outcome, form: "leaving_form", record: record, context: context, services: services) {
            try RecordLeaving(store: services.store).record(leaving: $0.date, nextSchool: $0.nextSchool, ectID: record.ect.id,
                                                            author: context.author)
            return "leaving"
        } showAgain: { try render(context, record: record, values: form.values, errors: $0, status: 422) }
    }

    private func render(_ context: RequestContext, record: ECTRecord, values: [String: String], errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/leaving")
        page["leavingDate"] = RecordFormParts.dateInput(LeavingForm.leaving, legend: "Last day at this school", example: "31 3 2027",
                                                        values: values, errors: errors)
        page["nextSchool"] = .string(values["nextSchool"] ?? "")
        page["nextSchoolError"] = TemplateValue(errors["nextSchool"])
        page["alreadyRecorded"] = TemplateValue(record.period?.endDate?.ukLong)
        page.merge(ErrorSummary(errors, order: [("leaving", "leaving-day"), ("nextSchool", "nextSchool")]).templateValues) { _, new in new }
        return try pages.render("pages/ect_leaving", title: "Record that \(record.ect.fullName) is leaving", context: context,
                                status: status, values: page)
    }
}
