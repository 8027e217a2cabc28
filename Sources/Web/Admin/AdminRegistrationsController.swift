import HTTP
import Induction
import Templates

/// Pending school registration requests: the admin authorises one (creating the school and inviting
/// the requester) or rejects it with a reason that is emailed to the requester.
struct AdminRegistrationsController: Sendable {
    static let reasonField = FormField(name: "reason", label: "Reason for rejecting the request")
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let page = try services.reader.schoolRegistrationsPage(authorisedID: Self.decided(context.request.queryValue("authorised")),
                                                               rejectedID: Self.decided(context.request.queryValue("rejected")))
        return try list(context, page.pending,
                        confirmation: AdminRegistrationsView.confirmation(authorised: page.authorised, account: page.authorisedAccount,
                                                                          rejected: page.rejected),
                        errors: [], status: 200)
    }

    func authorise(_ context: RequestContext) throws -> HTTPResponse {
        let id = try context.id("requestID")
        guard try services.reader.schoolRegistrationRequest(id: id) != nil else { throw HTTPError.notFound }
        do {
            let authorise = AuthoriseSchoolRegistration(store: services.store)
            guard try authorise.authorise(id: id, author: context.author) else {
                return try alreadyDecided(context, id)
            }
        } catch let error as SchoolRegistrationError {
            return try list(context, confirmation: .null, errors: [(id, error.message)], status: 422)
        }
        return .redirect(to: "/admin/registrations?authorised=\(id)")
    }

    func showReject(_ context: RequestContext) throws -> HTTPResponse {
        let request = try findRequest(context)
        guard request.status == .pending else { return .redirect(to: "/admin/registrations") }
        return try rejectForm(context, request, FormView(fields: [Self.reasonField]), status: 200)
    }

    func submitReject(_ context: RequestContext) throws -> HTTPResponse {
        let request = try findRequest(context)
        guard request.status == .pending else { return try alreadyDecided(context, request.id) }
        do {
            guard try RejectSchoolRegistration(store: services.store).reject(id: request.id, reason: context.form["reason"],
                                                                             author: context.author) else {
                return try alreadyDecided(context, request.id)
            }
        } catch let error as SchoolRegistrationError {
            let form = FormView(fields: [Self.reasonField], form: context.form, errors: ["reason": error.message])
            return try rejectForm(context, request, form, status: 422)
        }
        return .redirect(to: "/admin/registrations?rejected=\(request.id)")
    }

    private func findRequest(_ context: RequestContext) throws -> SchoolRegistrationRequest {
        guard let request = try services.reader.schoolRegistrationRequest(id: try context.id("requestID")) else { throw HTTPError.notFound }
        return request
    }

    /// The id a well-formed `?authorised=` or `?rejected=` names.
    private static func decided(_ text: String?) -> Int? {
        guard let text, text.count <= 18, let id = Int(text), id > 0 else { return nil }
        return id
    }

    private func alreadyDecided(_ context: RequestContext, _ id: Int) throws -> HTTPResponse {
        try list(context, confirmation: .null, errors: [(id, "This request has already been decided")], status: 409)
    }

    /// `errors` point at a request's row: the summary links to `#request-ID`.
    private func list(_ context: RequestContext, _ pending: [SchoolRegistrationRequest]? = nil, confirmation: TemplateValue,
                      errors: [(Int, String)], status: Int) throws -> HTTPResponse {
        let pending = try pending ?? services.reader.schoolRegistrationsPage().pending
        let summary = ErrorSummary(errors.map { id, message in
            (pending.contains { $0.id == id } ? "request-\(id)" : "pending-requests", message)
        })
        return try pages.render("pages/admin/registrations", title: "School registration requests", context: context, status: status,
                                values: summary.templateValues.merging([
            "requests": .list(pending.map(AdminRegistrationsView.request)),
            "hasRequests": .bool(!pending.isEmpty),
            "confirmation": confirmation,
        ]) { _, new in new })
    }

    private func rejectForm(_ context: RequestContext, _ request: SchoolRegistrationRequest, _ form: FormView, status: Int) throws -> HTTPResponse {
        var values = form.templateValues
        values["request"] = AdminRegistrationsView.request(request)
        values["reasonLimit"] = .int(SchoolRegistrationError.reasonLimit)
        return try pages.render("pages/admin/registration_reject", title: "Reject the request from \(request.schoolName)",
                                context: context, status: status, values: values)
    }
}
