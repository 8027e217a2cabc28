import Security

/// How the application is reached, from the command line or the environment.
public struct ApplicationConfiguration: Sendable {
    /// The address people use, for links in emails, e.g. "https://induct.example.org".
    public var baseURL: String
    /// The reverse proxy's address: only its X-Forwarded-Proto and X-Forwarded-For are believed.
    public var trustedProxy: String?
    /// Signs visitors' CSRF tokens. Random per process: a restart only makes an open sign-in form
    /// ask to be refreshed.
    public var visitorCSRFKey: MessageAuthenticator
    /// INDUCT_SENDMAIL is set: emails really go out, so the outbox hides their one-time links.
    public var mailIsDelivered: Bool

    public init(baseURL: String = "http://127.0.0.1:8080", trustedProxy: String? = nil,
                visitorCSRFKey: MessageAuthenticator = .random(), mailIsDelivered: Bool = false) {
        self.baseURL = baseURL
        self.trustedProxy = trustedProxy
        self.visitorCSRFKey = visitorCSRFKey
        self.mailIsDelivered = mailIsDelivered
    }
}
