import HTTP
import Induction
import Security

/// design.md: every non-GET request carries the session's CSRF token in the `_csrf` field, compared
/// in constant time, and an `Origin` header, when sent, must be our own. The form body is decoded
/// here once, under the form body limit, and handed on in the context.
struct CSRFMiddleware: Middleware {
    static let fieldName = "_csrf"
    static let formBodyLimit = 64 * 1024
    /// A CSV of up to 1,000 ECTs (issue 4 item 9), pasted and percent-encoded or uploaded as a file,
    /// is larger than any form: the import routes and their errors download may send up to 2 MiB,
    /// and the server lets these paths past its 1 MiB default (`Application.bodyLimit(forPath:)`).
    /// A transferring ECT's whole record (issue 11 item 8) goes through the same door.
    static let importFormBodyLimit = 2 * 1024 * 1024

    static func isImportPath(_ path: String) -> Bool {
        ["/ects/import", "/ects/import/errors.csv", "/ab/ect-imports", "/ab/ect-imports/errors.csv", "/ab/ect-transfers"].contains { path.hasSuffix($0) }
    }

    /// Issue 9 item 4: one evidence file of up to 10 MB, with room for the form around it.
    static let evidenceFormBodyLimit = 10 * 1024 * 1024 + 64 * 1024

    /// POST /reports/:reportID/evidence.
    static func isEvidencePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[1] == "reports" && Int(parts[2]) != nil && parts[3] == "evidence"
    }

    static func formBodyLimit(for path: String) -> Int {
        if isEvidencePath(path) { return evidenceFormBodyLimit }
        return isImportPath(path) ? importFormBodyLimit : formBodyLimit
    }
    let audit: @Sendable (AuditEvent) -> Void

    func respond(to context: RequestContext, next: Responder) throws -> HTTPResponse {
        let method = context.request.method
        guard method != "GET", method != "HEAD" else { return try next(context) }
        guard context.request.body.count <= Self.formBodyLimit(for: context.request.path) else {
            throw HTTPError(status: 413, title: "Form too large", message: "The form you sent was too large. Shorten what you typed and try again.")
        }
        if let origin = context.request.headers["Origin"], origin != expectedOrigin(context) {
            throw rejected(context, reason: "origin mismatch")
        }
        var routed = context
        routed.form = try FormValues.decode(context.request)
        if let session = context.session.session {
            guard ConstantTime.equals(routed.form[Self.fieldName], session.csrfToken) else { throw rejected(context, reason: "token mismatch") }
        } else {
            guard context.session.acceptsVisitorToken(routed.form[Self.fieldName]) else { throw rejected(context, reason: "no session") }
        }
        return try next(routed)
    }

    private func expectedOrigin(_ context: RequestContext) -> String {
        (context.isHTTPS ? "https://" : "http://") + (context.request.headers["Host"] ?? "")
    }

    private func rejected(_ context: RequestContext, reason: String) -> HTTPError {
        // Named by email, as permission denials are.
        let principal = context.principal
        let author = Author(userID: principal?.user.id, name: principal?.user.email ?? "anonymous", role: principal?.active.role,
                            clientAddress: context.clientAddress)
        audit(AuditEvent(author: author, action: .csrfRejected, recordType: "request",
                         detail: "\(context.request.method) \(context.request.path): \(reason)"))
        return HTTPError(status: 403, title: "Your form could not be sent",
                         message: "This can happen if the page was open for a long time or you signed out in another tab. Go back, refresh the page and try again.")
    }
}
