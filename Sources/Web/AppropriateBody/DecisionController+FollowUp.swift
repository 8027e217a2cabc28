import HTTP
import Induction

/// POST /ects/:ectID/decision/representations and /notices: what follows the recommendation and the
/// decision, each re-rendering the decision page with its own errors.
extension DecisionController {
    func recordRepresentations(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try context.id("ectID")
        let form = RepresentationsForm(values: RecordFormParts.typed(context, RepresentationsForm.inputNames))
        var errors: [String: String]
        switch form.validate() {
        case .success(let entry):
            do {
                try RecordRepresentations(store: services.store).record(receivedOn: entry.receivedOn, summary: entry.summary, ectID: ectID,
                                                                        author: context.author)
                return .redirect(to: "/ects/\(ectID)/decision?saved=representations#representations")
            } catch let refusal as DecisionRefusal {
                errors = [refusal == .summaryNeeded || refusal == .summaryTooLong ? "summary" : "received": refusal.message]
            }
        case .failure(let failure):
            errors = failure.messages
        }
        RecordFormParts.auditRejected(context, services: services, form: "representations_form", ectID: ectID, errors: errors)
        return try render(context, values: form.values, errors: errors, status: 422)
    }

    func recordNotices(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try context.id("ectID")
        let form = NoticesForm(values: RecordFormParts.typed(context, NoticesForm.inputNames))
        var errors: [String: String]
        switch form.validate() {
        case .success(let entry):
            do {
                try RecordNoticesSent(store: services.store).record(sentOn: entry.sentOn, teachingRegulationAgencyToldOn: entry.agencyToldOn,
                                                                    ectID: ectID, author: context.author)
                return .redirect(to: "/ects/\(ectID)/decision?saved=notices#notices")
            } catch let refusal as DecisionRefusal {
                errors = [refusal == .teachingRegulationAgencyOnlyForFailOrExtension ? "tra" : "sent": refusal.message]
            }
        case .failure(let failure):
            errors = failure.messages
        }
        RecordFormParts.auditRejected(context, services: services, form: "notices_form", ectID: ectID, errors: errors)
        return try render(context, values: form.values, errors: errors, status: 422)
    }
}
