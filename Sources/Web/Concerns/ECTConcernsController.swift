import HTTP
import Induction
import Templates

/// SG 2.28, 2.64: the ECT's concerns to the appropriate body's named contact, at
/// /my-induction/concerns, and the form to raise one. The routes allow only the ECT role, for
/// their own record (`Scopes.ownECT`).
struct ECTConcernsController: Sendable {
    let services: Services
    let pages: PageRenderer
    static let fields = ["subject", "body"]

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try Self.ownECTID(context)
        let concerns = try services.reader.concerns(ectID: ectID)
        var values = try contactValues()
        values["concerns"] = .list(concerns.map(ConcernView.values))
        values["hasConcerns"] = .bool(!concerns.isEmpty)
        values["raised"] = .bool(context.request.queryValue("raised") == "1")
        return try pages.render("pages/ect_concerns", title: "Your concerns", context: context, values: values)
    }

    func new(_ context: RequestContext) throws -> HTTPResponse {
        _ = try Self.ownECTID(context)
        return try render(context, typed: [:], errors: [:], status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try Self.ownECTID(context)
        let typed = RecordFormParts.typed(context, Self.fields)
        do {
            try RaiseConcern(store: services.store).raise(subject: typed["subject"] ?? "", body: typed["body"] ?? "", ectID: ectID,
                                                         author: context.author)
            return .redirect(to: "/my-induction/concerns?raised=1")
        } catch ConcernRefusal.invalid(let errors) {
            RecordFormParts.auditRejected(context, services: services, form: "concern_form", ectID: ectID, errors: errors.messages)
            return try render(context, typed: typed, errors: errors.messages, status: 422)
        } catch ConcernRefusal.notYours {
            throw HTTPError(status: 403, title: "You do not have access to this page", message: ConcernRefusal.notYours.message)
        }
    }

    private func render(_ context: RequestContext, typed: [String: String], errors: [String: String], status: Int) throws -> HTTPResponse {
        var values = ConcernView.form(typed, errors: errors, keys: Self.fields)
        values.merge(try contactValues()) { _, new in new }
        return try pages.render("pages/ect_concern_new", title: "Raise a concern", context: context, status: status, values: values)
    }

    private func contactValues() throws -> TemplateFields {
        let profile = try services.reader.appropriateBodyProfile()
        return ["contactName": TemplateValue(profile.flatMap { $0.hasECTContact ? $0.contactName : nil }),
                "bodyName": .string(profile?.name ?? "the appropriate body")]
    }

    /// The ECT's own record id; the route's rule has already allowed only the ECT role.
    static func ownECTID(_ context: RequestContext) throws -> Int {
        guard let grant = context.principal?.active, grant.role == .ect, let ectID = grant.ectID else {
            throw HTTPError(status: 403, title: "You do not have access to this page", message: "This page is for early career teachers.")
        }
        return ectID
    }
}
