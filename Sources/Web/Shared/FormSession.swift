import Induction

/// Forms shown to visitors who have not signed in carry a signed CSRF token tied to a cookie, not
/// a session row, so that anonymous visits leave nothing in the database (issue 7 item 17).
enum FormSession {
    static func ensure(_ context: RequestContext, services: Services) throws {
        context.session.ensureVisitorCookie()
    }
}
