import HTTP
import Induction

/// Enforces a route's rule: anonymous people are sent to sign in, people without permission get a
/// 403 and an audit event. Deny by default: the policy allows only what it names.
public struct AccessGate: Sendable {
    let audit: @Sendable (AuditEvent) -> Void

    public init(audit: @escaping @Sendable (AuditEvent) -> Void) {
        self.audit = audit
    }

    /// nil to go on; otherwise the response to send instead.
    public func check(_ rule: AccessRule, _ context: RequestContext) throws -> HTTPResponse? {
        switch rule {
        case .everyone:
            return nil
        case .signedIn:
            return context.principal == nil ? signInRedirect(context) : nil
        case .permission(let action, let resolve):
            guard let principal = context.principal else { return signInRedirect(context) }
            let scope = try resolve(context)
            if AccessPolicy.allows(principal, action, scope) { return nil }
            // Denials name the person by email, as they always have.
            let author = Author(userID: principal.user.id, name: principal.user.email, role: principal.active.role,
                                clientAddress: context.clientAddress)
            audit(AuditEvent(author: author, action: .permissionDenied, recordType: "request",
                             detail: "\(action.rawValue) \(context.request.method) \(context.request.path) as \(principal.active.role.rawValue)"))
            throw HTTPError(status: 403, title: "You do not have access to this page",
                            message: "Your role does not allow this. If you think it should, ask your school's induction lead or the appropriate body.")
        }
    }

    private func signInRedirect(_ context: RequestContext) -> HTTPResponse {
        if context.session.session?.secondFactorPending == true { return .redirect(to: "/sign-in/code") }
        guard context.request.method == "GET" else { return .redirect(to: "/sign-in") }
        return .redirect(to: "/sign-in?next=" + PercentEncoding.encodeQueryValue(context.request.target))
    }
}
