import HTTP
import Induction
import Templates

/// GET and POST /ects/:ectID/working-pattern and /ects/:ectID/programme: the school records a
/// change of working pattern from a date, or changes the training programme.
struct RecordCorrectionController: Sendable {
    let services: Services
    let pages: PageRenderer

    func showWorkingPattern(_ context: RequestContext) throws -> HTTPResponse {
        try renderWorkingPattern(context, record: try RecordFormParts.record(context, services: services), values: [:], errors: [:],
                                 status: 200)
    }

    func saveWorkingPattern(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let form = WorkingPatternForm(values: RecordFormParts.typed(context, WorkingPatternForm.inputNames))
        return try RecordFormParts.submit(form.validate(record: record), form: "working_pattern_form", record: record, context: context,
                                          services: services) {
            try ChangeWorkingPattern(store: services.store).change($0, ectID: record.ect.id, author: context.author)
            return "working-pattern"
        } showAgain: { try renderWorkingPattern(context, record: record, values: form.values, errors: $0, status: 422) }
    }

    func showProgramme(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        return try renderProgramme(context, record: record, selected: record.trainingProgramme, error: nil, status: 200)
    }

    func saveProgramme(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let typed = context.form["programme"]
        guard let programme = TrainingProgramme(rawValue: typed) else {
            let error = "Select provider-led or school-led"
            RecordFormParts.auditRejected(context, services: services, form: "programme_form", ectID: record.ect.id, errors: ["programme": error])
            return try renderProgramme(context, record: record, selected: typed, error: error, status: 422)
        }
        let changed = try ChangeProgramme(store: services.store).change(to: programme, ectID: record.ect.id, author: context.author)
        guard changed else {
            let error = "The training programme is already \(programme.label.lowercased()): select the other one to change it"
            return try renderProgramme(context, record: record, selected: typed, error: error, status: 422)
        }
        return .redirect(to: "/ects/\(record.ect.id)?saved=programme")
    }

    private func renderWorkingPattern(_ context: RequestContext, record: ECTRecord, values: [String: String], errors: [String: String],
                                      status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/working-pattern")
        page["effectiveDate"] = RecordFormParts.dateInput(WorkingPatternForm.effective, legend: "Date the new working pattern starts",
                                                          example: "6 1 2027", values: values, errors: errors)
        page["fte"] = .string(values["fte"] ?? "")
        page["fteError"] = TemplateValue(errors["fte"])
        page["currentPattern"] = .string(record.calendarInput.fte(on: services.time.today).label)
        page["changes"] = .list(record.fteChanges.map { ["fte": .string($0.fte.label), "from": .string($0.effective.ukLong)] })
        page["hasChanges"] = .bool(!record.fteChanges.isEmpty)
        page.merge(ErrorSummary(errors, order: [("effective", "effective-day"), ("fte", "fte")]).templateValues) { _, new in new }
        return try pages.render("pages/ect_working_pattern", title: "Change working pattern for \(record.ect.fullName)", context: context,
                                status: status, values: page)
    }

    private func renderProgramme(_ context: RequestContext, record: ECTRecord, selected: String, error: String?,
                                 status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/programme")
        page["programmes"] = RecordFormParts.radios(TrainingProgramme.allCases.map { ($0.rawValue, $0.label) }, selected: selected)
        page["programmeError"] = TemplateValue(error)
        page.merge(ErrorSummary(error.map { ["programme": $0] } ?? [:], order: [("programme", "programme-provider-led")]).templateValues) { _, new in new }
        return try pages.render("pages/ect_programme", title: "Change training programme for \(record.ect.fullName)", context: context,
                                status: status, values: page)
    }
}
