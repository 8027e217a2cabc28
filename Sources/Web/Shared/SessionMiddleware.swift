import HTTP
import Induction

/// Loads the session named by the cookie and writes the cookie back when a controller changed it.
/// design.md: `__Host-session; Path=/; HttpOnly; Secure; SameSite=Lax` over https. Browsers refuse a
/// `__Host-` cookie without Secure, so plain-http development uses another name.
struct SessionMiddleware: Middleware {
    let store: SessionStore
    let visitorCSRF: VisitorCSRF

    static func cookieName(https: Bool) -> String { https ? "__Host-session" : "induct_session" }

    func respond(to context: RequestContext, next: Responder) throws -> HTTPResponse {
        let name = Self.cookieName(https: context.isHTTPS)
        let presented = context.request.cookies[name]
        let visitorCookieName = VisitorCSRF.cookieName(https: context.isHTTPS)
        context.session.attach(visitorCSRF, presentedCookie: context.request.cookies[visitorCookieName])
        if let token = presented, token.utf8.count <= 128, let (session, principal) = try store.resolve(token) {
            context.session.load(token: token, session: session, principal: principal)
        }
        var response = try next(context)
        if context.session.visitorCookieIsNew, let cookie = context.session.visitorCookie {
            response.headers.add("Set-Cookie", Cookies.setCookie(name: visitorCookieName, value: cookie, secure: context.isHTTPS))
        }
        switch context.session.cookieChange {
        case .set(let token):
            response.headers.add("Set-Cookie", Cookies.setCookie(name: name, value: token, secure: context.isHTTPS))
        case .clear:
            response.headers.add("Set-Cookie", Cookies.setCookie(name: name, value: "", maxAge: 0, secure: context.isHTTPS))
        case nil:
            if presented != nil, context.session.session == nil {
                response.headers.add("Set-Cookie", Cookies.setCookie(name: name, value: "", maxAge: 0, secure: context.isHTTPS))
            }
        }
        return response
    }
}
