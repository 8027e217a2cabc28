import Security

/// design.md's CSRF token for visitors who have not signed in, with no session row (issue 7 item 17):
/// a random value in an HttpOnly cookie, and in the form its HMAC under a key only the server holds
/// (a signed double-submit token). A forged form cannot carry the tag of the victim's cookie.
struct VisitorCSRF: Sendable {
    let authenticator: MessageAuthenticator

    init(authenticator: MessageAuthenticator) {
        self.authenticator = authenticator
    }

    static func cookieName(https: Bool) -> String { https ? "__Host-csrf" : "induct_csrf" }

    static func newCookieValue() -> String { SecureRandom.token() }

    /// A presented cookie is used only if it looks like one we set.
    static func isWellFormed(_ cookie: String) -> Bool {
        (32...64).contains(cookie.utf8.count) && cookie.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
    }

    func formToken(forCookie cookie: String) -> String {
        authenticator.tag("visitor-csrf:" + cookie)
    }

    func accepts(_ formToken: String, cookie: String) -> Bool {
        authenticator.verify(formToken, for: "visitor-csrf:" + cookie)
    }
}
