import HTTP
import Induction
import Templates

/// GET and POST /ects/:ectID/absences/new: the school records an absence (SG 3.6–3.7).
struct AbsenceController: Sendable {
    let services: Services
    let pages: PageRenderer

    func new(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, record: try RecordFormParts.record(context, services: services), values: [:], errors: [:], status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let form = AbsenceForm(values: RecordFormParts.typed(context, AbsenceForm.inputNames))
        switch form.validate(inductionStart: record.startDate) {
        case .success(let absence):
            let user = context.principal!.user
            let crossed = try services.database.write { connection in
                try RecordAbsence(time: services.time).record(absence, ectID: record.ect.id, in: connection, actor: user.name,
                                                             actorUserID: user.id, clientAddress: context.clientAddress)
            }
            return .redirect(to: "/ects/\(record.ect.id)?saved=\(crossed.isEmpty ? "absence" : "absence-threshold")")
        case .failure(let errors):
            RecordFormParts.auditRejected(context, services: services, form: "absence_form", ectID: record.ect.id, errors: errors.messages)
            return try render(context, record: record, values: form.values, errors: errors.messages, status: 422)
        }
    }

    private func render(_ context: RequestContext, record: ECTRecord, values: [String: String], errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/absences/new")
        page["startDate"] = RecordFormParts.dateInput(AbsenceForm.start, legend: "First day of absence", example: "2 11 2026",
                                                      values: values, errors: errors)
        page["endDate"] = RecordFormParts.dateInput(AbsenceForm.end, legend: "Last day of absence", example: "20 11 2026",
                                                    values: values, errors: errors)
        page["days"] = .string(values["days"] ?? "")
        page["daysError"] = TemplateValue(errors["days"])
        page["categoryError"] = TemplateValue(errors["category"])
        page["extendError"] = TemplateValue(errors["extend"])
        page["categories"] = RecordFormParts.radios(AbsenceCategory.allCases.map { ($0.rawValue, $0.label) }, selected: values["category"] ?? "")
        page["extendOptions"] = RecordFormParts.radios([("yes", "Yes, extend induction by this leave"), ("no", "No")],
                                                       selected: values["extend"] ?? "")
        page.merge(RecordFormParts.summary(errors, order: [("start", "start-day"), ("end", "end-day"), ("days", "days"),
                                                          ("category", "category-sickness"), ("extend", "extend-yes")])) { _, new in new }
        return try pages.render("pages/ect_absence", title: "Record an absence for \(record.ect.fullName)", context: context,
                                status: status, values: page)
    }
}
