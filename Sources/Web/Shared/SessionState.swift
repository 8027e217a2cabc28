import Induction

/// The session of one request. Controllers change it (sign in, switch role, sign out); the session
/// middleware then sets or clears the cookie. Used by one worker thread at a time.
public final class SessionState: @unchecked Sendable {
    enum CookieChange: Equatable {
        case set(String)
        case clear
    }

    public private(set) var token: String?
    public private(set) var session: Session?
    public private(set) var principal: Principal?
    private(set) var cookieChange: CookieChange?
    /// A visitor's CSRF cookie: the one presented, or one made for a form on this page.
    private(set) var visitorCookie: String?
    private(set) var visitorCookieIsNew = false
    private var visitorCSRF: VisitorCSRF?

    public init(token: String? = nil, session: Session? = nil, principal: Principal? = nil) {
        self.token = token
        self.session = session
        self.principal = principal
    }

    /// The token the page's forms carry: the session's, else the visitor's signed one, if any.
    public var csrfToken: String? {
        if let session { return session.csrfToken }
        return visitorCookie.flatMap { cookie in visitorCSRF?.formToken(forCookie: cookie) }
    }

    func attach(_ csrf: VisitorCSRF, presentedCookie: String?) {
        visitorCSRF = csrf
        visitorCookie = presentedCookie.flatMap { VisitorCSRF.isWellFormed($0) ? $0 : nil }
    }

    /// A form for a visitor: a CSRF cookie if they have none; no session row (issue 7 item 17).
    func ensureVisitorCookie() {
        guard session == nil, visitorCookie == nil, visitorCSRF != nil else { return }
        visitorCookie = VisitorCSRF.newCookieValue()
        visitorCookieIsNew = true
    }

    /// A visitor's POST: the form's token must be the tag of the cookie they present.
    func acceptsVisitorToken(_ formToken: String) -> Bool {
        guard let visitorCookie, let visitorCSRF, !visitorCookieIsNew else { return false }
        return visitorCSRF.accepts(formToken, cookie: visitorCookie)
    }

    /// The session the request's cookie named, unchanged.
    func load(token: String, session: Session, principal: Principal?) {
        self.token = token
        self.session = session
        self.principal = principal
    }

    /// A new token replaces the old one: sign-in, role switch, second factor, a first form.
    func adopt(token: String, session: Session, principal: Principal?) {
        self.token = token
        self.session = session
        self.principal = principal
        cookieChange = .set(token)
    }

    func clear() {
        token = nil
        session = nil
        principal = nil
        cookieChange = .clear
    }
}
