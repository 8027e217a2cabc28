import Induction

/// Forms shown to visitors who have not signed in need a session to carry their CSRF token.
enum FormSession {
    static func ensure(_ context: RequestContext, services: Services) throws {
        guard context.session.session == nil else { return }
        let (token, session) = try services.sessions.startAnonymous(clientAddress: context.clientAddress)
        context.session.adopt(token: token, session: session, principal: nil)
    }
}
