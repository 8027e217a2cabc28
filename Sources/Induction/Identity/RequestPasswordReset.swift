import Foundation
import SQLite

/// Emails a single-use reset link, valid for an hour, to the account with the typed email.
public struct RequestPasswordReset: Sendable {
    public static let resetLifetime = 3600
    /// Reset emails per person per hour, so that the form cannot flood someone's inbox.
    public static let maximumResetsPerHour = 5

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Behaves the same whether or not an account has the email; only real requests are audited.
    public func request(email: String, author: Author) throws {
        guard let email = EmailAddress.normalise(email) else { return }
        let now = store.time.now()
        try store.change { c, stamp in
            guard let user = try AccountDirectory().user(email: email, c), user.active else { return }
            let recent = try c.scalarInt(
                "SELECT count(*) FROM one_time_tokens WHERE user_id = ? AND purpose = 'password_reset' AND created_at > ?",
                [user.id, Timestamp.format(now.addingTimeInterval(-3600))]) ?? 0
            guard recent < Self.maximumResetsPerHour else { return }
            let token = try OneTimeTokens().issue(for: user.id, purpose: .passwordReset, validFor: Self.resetLifetime, now: now, in: c)
            let base = store.baseURL
            try OutgoingEmail(recipient: user.email, subject: "Reset your Induct password", body: """
                Hello \(user.name),

                To choose a new password for Induct, open this link within 1 hour:

                \(base)/reset-password/\(token)

                The link works once. If you did not ask to reset your password, you can ignore this email: \
                your password has not changed.
                """).enqueue(in: c, at: stamp)
            try AuditEvent(author: author, action: .passwordResetRequested, recordType: "user", recordID: user.id)
                .record(in: c, at: stamp)
        }
    }
}
