import Foundation
import SQLite
import Security

/// The optional emailed second factor: a 6-digit code valid for 10 minutes and 5 tries, after
/// which a new code is needed. The outbox is the delivery channel, so the code is in its body.
public struct SecondFactor: Sendable {
    public static let codeLifetime = 600
    public static let maximumAttempts = 5
    /// Each new code brings 5 fresh tries, so new codes are capped to keep guessing hopeless.
    public static let maximumCodesPerHour = 10

    let database: Database
    let time: any TimeSource

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    /// Sends a new code, spending any earlier one. false (and nothing sent) for an unknown or
    /// inactive user, or after `maximumCodesPerHour` codes in the last hour.
    @discardableResult
    public func issueCode(userID: Int, in connection: Connection) throws -> Bool {
        let now = time.now()
        let stamp = Timestamp.format(now)
        guard let user = try AccountDirectory().user(id: userID, connection), user.active else { return false }
        let recent = try connection.scalarInt(
            "SELECT count(*) FROM one_time_tokens WHERE user_id = ? AND purpose = 'second_factor' AND created_at > ?",
            [userID, Timestamp.format(now.addingTimeInterval(-3600))]) ?? 0
        guard recent < Self.maximumCodesPerHour else { return false }
        let code = try OneTimeTokens().issue(for: userID, purpose: .secondFactor, validFor: Self.codeLifetime,
                                             secret: Self.randomCode(), now: now, in: connection)
        try OutgoingEmail(recipient: user.email, subject: "Your Induct sign-in code", body: """
            Hello \(user.name),

            Your Induct sign-in code is \(code)

            It works once, for 10 minutes. If you did not just try to sign in, someone may know your \
            password: change it, and tell your appropriate body.
            """).enqueue(in: connection, at: stamp)
        try AuditEvent(actor: user.name, actorUserID: userID, action: .secondFactorCodeSent, recordType: "user",
                       recordID: userID).record(in: connection, at: stamp)
        return true
    }

    @discardableResult
    public func issueCode(userID: Int) throws -> Bool {
        try database.write { connection in try connection.transaction { try issueCode(userID: userID, in: connection) } }
    }

    public func verify(userID: Int, code: String, clientAddress: String) throws -> SecondFactorResult {
        let now = time.now()
        let stamp = Timestamp.format(now)
        let typed = code.filter { !$0.isWhitespace && $0 != "-" }
        return try database.write { connection in
            try connection.transaction {
                let name = try AccountDirectory().user(id: userID, connection)?.name ?? "unknown"
                func audit(_ action: AuditAction, _ detail: String) throws {
                    try AuditEvent(actor: name, actorUserID: userID, action: action, recordType: "user", recordID: userID,
                                   detail: detail, clientAddress: clientAddress).record(in: connection, at: stamp)
                }
                guard let live = try connection.queryOne(
                    """
                    SELECT id, token_hash, failed_attempts FROM one_time_tokens
                    WHERE user_id = ? AND purpose = 'second_factor' AND used_at IS NULL AND expires_at > ?
                    ORDER BY id DESC LIMIT 1
                    """, [userID, stamp]) else {
                    try audit(.secondFactorFailed, "no live code")
                    return .expiredOrUsedUp
                }
                let id = try live.int("id")
                let presented = Digest.sha256Hex(OneTimeTokens.salted(typed, userID: userID, purpose: .secondFactor))
                if ConstantTime.equals(presented, try live.string("token_hash")) {
                    try OneTimeTokens().markUsed(id, now: now, in: connection)
                    try audit(.secondFactorVerified, "")
                    return .verified
                }
                let attempts = try live.int("failed_attempts") + 1
                let remaining = max(0, Self.maximumAttempts - attempts)
                let spentAt: String? = remaining == 0 ? stamp : nil
                try connection.run("UPDATE one_time_tokens SET failed_attempts = ?, used_at = ? WHERE id = ?", [attempts, spentAt, id])
                try audit(.secondFactorFailed, remaining == 0 ? "wrong code; code spent" : "wrong code; \(remaining) tries left")
                return .wrong(remainingAttempts: remaining)
            }
        }
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
