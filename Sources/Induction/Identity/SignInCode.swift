import Foundation
import SQLite
import Security

/// Issuing the emailed second-factor code inside a change's transaction: by `SignIn` when the
/// password is right, and by `SendSignInCode` when the person asks for a new one. The outbox is
/// the delivery channel, so the code is in its body.
struct SignInCode {
    /// Sends a new code, spending any earlier one. false (and nothing sent) for an unknown or
    /// inactive user, or after `maximumCodesPerHour` codes in the last hour.
    static func issue(userID: Int, clientAddress: String, now: Date, _ c: Connection) throws -> Bool {
        let stamp = Timestamp.format(now)
        guard let user = try AccountDirectory().user(id: userID, c), user.active else { return false }
        let recent = try c.scalarInt(
            "SELECT count(*) FROM one_time_tokens WHERE user_id = ? AND purpose = 'second_factor' AND created_at > ?",
            [userID, Timestamp.format(now.addingTimeInterval(-3600))]) ?? 0
        guard recent < SendSignInCode.maximumCodesPerHour else { return false }
        let code = try OneTimeTokens().issue(for: userID, purpose: .secondFactor, validFor: SendSignInCode.codeLifetime,
                                             secret: randomCode(), now: now, in: c)
        try OutgoingEmail(recipient: user.email, subject: "Your Induct sign-in code", body: """
            Hello \(user.name),

            Your Induct sign-in code is \(code)

            It works once, for 10 minutes. If you did not just try to sign in, someone may know your \
            password: change it, and tell your appropriate body.
            """).enqueue(in: c, at: stamp)
        try AuditEvent(author: Author(user, actingAs: nil, clientAddress: clientAddress), action: .secondFactorCodeSent,
                       recordType: "user", recordID: userID).record(in: c, at: stamp)
        return true
    }

    /// Uniform over 000000–999999: 32-bit values at or above the largest multiple of 10^6 are
    /// drawn again, so no code is likelier than another (no modulo bias).
    static func randomCode() -> String {
        let limit: UInt32 = 4_294_000_000
        while true {
            let value = SecureRandom.bytes(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            if value < limit { return String(format: "%06u", value % 1_000_000) }
        }
    }
}
