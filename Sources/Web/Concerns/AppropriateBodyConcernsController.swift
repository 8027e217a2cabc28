import HTTP
import Induction
import Templates

/// The appropriate body's queue of ECTs' concerns (open first, oldest first) at /ab/concerns, and
/// one concern to read and reply to. Only AB staff reach these routes (`Action.answerConcern`).
struct AppropriateBodyConcernsController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let concerns = try services.reader.concernQueue()
        let open = concerns.filter { $0.state == .open }
        return try pages.render("pages/ab_concerns", title: "Concerns from ECTs", context: context, values: [
            "open": .list(open.map(ConcernView.values)), "hasOpen": .bool(!open.isEmpty),
            "answered": .list(concerns.filter { $0.state == .answered }.map(ConcernView.values)),
            "hasAnswered": .bool(concerns.contains { $0.state == .answered }),
            "replied": .bool(context.request.queryValue("replied") == "1"),
        ])
    }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, try concern(context), typed: "", errors: [:], status: 200)
    }

    func reply(_ context: RequestContext) throws -> HTTPResponse {
        let concern = try concern(context)
        let typed = context.form["reply"]
        let errors: [String: String]
        do {
            try ReplyToConcern(store: services.store).reply(typed, concernID: concern.id, author: context.author)
            return .redirect(to: "/ab/concerns?replied=1")
        } catch ConcernRefusal.invalid(let invalid) {
            errors = invalid.messages
        } catch ConcernRefusal.alreadyAnswered {
            errors = ["reply": ConcernRefusal.alreadyAnswered.message]
        }
        RecordFormParts.auditRejected(context, services: services, form: "concern_reply_form", ectID: concern.ectID, errors: errors)
        return try render(context, try self.concern(context), typed: typed, errors: errors, status: 422)
    }

    private func concern(_ context: RequestContext) throws -> ECTConcern {
        guard let concern = try services.reader.concern(id: try context.id("concernID")) else { throw HTTPError.notFound }
        return concern
    }

    private func render(_ context: RequestContext, _ concern: ECTConcern, typed: String, errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        var values = ErrorSummary(errors, keys: ["reply"]).templateValues
        values["replyText"] = .string(typed)
        values["replyError"] = TemplateValue(errors["reply"])
        values["isOpen"] = .bool(concern.state == .open)
        values["concern"] = ConcernView.values(concern)
        values["action"] = .string("/ab/concerns/\(concern.id)")
        return try pages.render("pages/ab_concern", title: "Concern: \(concern.subject)", context: context, status: status, values: values)
    }
}
