import HTTP
import Induction
import Templates

/// GET and POST /ects/:ectID/absences/new and /ects/:ectID/absences/:absenceID/edit: the school
/// records an absence (SG 3.6–3.7) or corrects one it recorded. Deleting is in `+Delete`.
struct AbsenceController: Sendable {
    let services: Services
    let pages: PageRenderer

    func new(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, record: try RecordFormParts.record(context, services: services), editing: nil, values: [:], errors: [:],
                   status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let form = AbsenceForm(values: RecordFormParts.typed(context, AbsenceForm.inputNames))
        return try save(context, record: record, form: form, editing: nil) { absence in
            try RecordAbsence(store: services.store).record(absence, ectID: record.ect.id, author: context.author)
        }
    }

    func edit(_ context: RequestContext) throws -> HTTPResponse {
        let (record, stored) = try Self.ownAbsence(context, services: services)
        let absence = stored.absence
        var values = ["days": String(absence.days), "category": absence.category.rawValue,
                      "extend": absence.category.isStatutoryLeave ? (absence.ectChoosesToExtend ? "yes" : "no") : ""]
        for (field, date) in [(AbsenceForm.start, absence.start), (AbsenceForm.end, absence.end)] {
            values.merge(zip(field.inputNames, [date.day, date.month, date.year].map(String.init))) { _, new in new }
        }
        return try render(context, record: record, editing: stored, values: values, errors: [:], status: 200)
    }

    func update(_ context: RequestContext) throws -> HTTPResponse {
        let (record, stored) = try Self.ownAbsence(context, services: services)
        let form = AbsenceForm(values: RecordFormParts.typed(context, AbsenceForm.inputNames))
        return try save(context, record: record, form: form, editing: stored) { absence in
            try CorrectAbsence(store: services.store).correct(absenceID: stored.id, to: absence, ectID: record.ect.id,
                                                              author: context.author)
        }
    }

    /// The record and the absence the route names: 404 unless it is this ECT's, 403 unless the
    /// school acting now recorded it.
    static func ownAbsence(_ context: RequestContext, services: Services) throws -> (ECTRecord, StoredAbsence) {
        let record = try RecordFormParts.record(context, services: services)
        guard let stored = record.absences.first(where: { $0.id == (try? context.id("absenceID")) }) else { throw HTTPError.notFound }
        guard stored.schoolID == record.ect.schoolID, context.principal?.active.schoolID == stored.schoolID else {
            throw HTTPError(status: 403, title: "You do not have access to this page",
                            message: "Only the school that recorded this absence can change it.")
        }
        return (record, stored)
    }

    private func save(_ context: RequestContext, record: ECTRecord, form: AbsenceForm, editing: StoredAbsence?,
                      _ write: (Absence) throws -> [InductionYear]) throws -> HTTPResponse {
        var errors: [String: String]
        switch form.validate(AbsenceLimits(record: record, today: services.time.today, correcting: editing?.id)) {
        case .success(let absence):
            do {
                let crossed = try write(absence)
                let saved = editing == nil ? "absence" : "absence-corrected"
                return .redirect(to: "/ects/\(record.ect.id)?saved=\(crossed.isEmpty ? saved : "absence-threshold")")
            } catch ECTRecordError.overlaps(let existing) {
                errors = ["start": AbsenceLimits.overlapMessage(existing)]
            } catch ECTRecordError.outsidePeriod {
                errors = ["start": "The absence must fall inside the induction period at this school"]
            } catch ECTRecordError.unplannedAbsenceAhead(let category) {
                errors = ["end": AbsenceLimits(record: record, today: services.time.today).aheadMessage(category)]
            }
        case .failure(let failure):
            errors = failure.messages
        }
        RecordFormParts.auditRejected(context, services: services, form: "absence_form", ectID: record.ect.id, errors: errors)
        return try render(context, record: record, editing: editing, values: form.values, errors: errors, status: 422)
    }

    private func render(_ context: RequestContext, record: ECTRecord, editing: StoredAbsence?, values: [String: String],
                        errors: [String: String], status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string(editing.map { "/ects/\(record.ect.id)/absences/\($0.id)/edit" } ?? "/ects/\(record.ect.id)/absences/new")
        page["pageHeading"] = .string(editing == nil ? "Record an absence" : "Correct an absence")
        page["submitLabel"] = .string(editing == nil ? "Save absence" : "Save correction")
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
        page.merge(ErrorSummary(errors, order: [("start", "start-day"), ("end", "end-day"), ("days", "days"),
                                                ("category", "category-sickness"), ("extend", "extend-yes")]).templateValues) { _, new in new }
        let title = editing == nil ? "Record an absence for \(record.ect.fullName)" : "Correct an absence for \(record.ect.fullName)"
        return try pages.render("pages/ect_absence", title: title, context: context, status: status, values: page)
    }
}
