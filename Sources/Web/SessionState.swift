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

    public init(token: String? = nil, session: Session? = nil, principal: Principal? = nil) {
        self.token = token
        self.session = session
        self.principal = principal
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
