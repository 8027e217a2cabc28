import HTTP
import Induction
import Templates

/// Issue 11 item 2: GET and POST /ects/:ectID/observations/new. The ECT's tutor, or the headteacher or
/// induction lead of the ECT's school, records a lesson observation; the observer may be someone else
/// at the school who holds QTS.
struct ObservationController: Sendable {
    let services: Services
    let pages: PageRenderer

    func new(_ context: RequestContext) throws -> HTTPResponse {
        let record = try theirs(context)
        return try render(context, record: record, values: ["observer": context.principal?.user.name ?? ""], errors: [:], status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let record = try theirs(context)
        let form = ObservationForm(values: RecordFormParts.typed(context, ObservationForm.inputNames))
        do {
            return try RecordFormParts.submit(form.validate(today: services.time.today), form: "observation_form", record: record,
                                              context: context, services: services) {
                try RecordObservation(store: services.store).record($0, ectID: record.ect.id, author: context.author)
                return "observation"
            } showAgain: { try render(context, record: record, values: form.values, errors: $0, status: 422) }
        } catch let refusal as ObservationRefusal {
            return try render(context, record: record, values: form.values, errors: [refusal == .observerWithoutQTS ? "observerHoldsQTS" : "observed": refusal.message], status: 422)
        }
    }

    /// The record, when this person records observations for this ECT; a tutor of another ECT is refused.
    private func theirs(_ context: RequestContext) throws -> ECTRecord {
        let record = try RecordFormParts.record(context, services: services)
        guard try services.reader.mayRecordObservation(ectID: record.ect.id, userID: context.principal?.user.id,
                                                       today: services.time.today) else {
            throw HTTPError(status: 403, title: "You do not have access to this page", message: ObservationRefusal.notTheirTutor.message)
        }
        return record
    }

    private func render(_ context: RequestContext, record: ECTRecord, values: [String: String], errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/observations/new")
        page["observedDate"] = RecordFormParts.dateInput(ObservationForm.observed, legend: "Date of the observation", example: "12 11 2026",
                                                         values: values, errors: errors)
        for name in ["observer", "focus", "feedback", "developmentNeeds"] {
            page[name] = .string(values[name] ?? "")
            page[name + "Error"] = TemplateValue(errors[name])
        }
        page["holdsQTSChecked"] = .bool(values["observerHoldsQTS"] == "yes")
        page["observerHoldsQTSError"] = TemplateValue(errors["observerHoldsQTS"])
        page.merge(ErrorSummary(errors, order: [("observed", "observed-day"), ("observer", "observer"),
                                                 ("observerHoldsQTS", "observerHoldsQTS"), ("focus", "focus"), ("feedback", "feedback"),
                                                 ("developmentNeeds", "developmentNeeds")]).templateValues) { _, new in new }
        return try pages.render("pages/ect_observation", title: "Record a lesson observation of \(record.ect.fullName)", context: context,
                                status: status, values: page)
    }
}
