extension OutboxMessage {
    // Computed: Regex is not Sendable, so it cannot be a shared static let.
    static var oneTimeLink: Regex<AnyRegexOutput> { try! Regex(#"https?://[^\s<>"]*/(invitations|reset-password)/[A-Za-z0-9_\-]+(\?[^\s<>"]*[^\s<>".,;:!?)\]])?"#) }
    static var signInCode: Regex<AnyRegexOutput> { try! Regex(#"sign-in code is [0-9]{6}"#) }
    public static let maskedLink = "[link sent by email]"
    public static let maskedCode = "sign-in code is [code sent by email]"

    /// The message with its one-time links and sign-in code replaced: once a mail command delivers
    /// them, the admin reading the outbox must not be able to use another person's (issue 7 item 21).
    public var maskingOneTimeSecrets: OutboxMessage {
        var masked = self
        masked.body = body.replacing(Self.oneTimeLink, with: Self.maskedLink).replacing(Self.signInCode, with: Self.maskedCode)
        return masked
    }
}
