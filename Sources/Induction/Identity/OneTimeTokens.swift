import Foundation
import SQLite
import Security

/// Single-use secrets sent by email: invitation and reset links, second-factor codes. Only a
/// SHA-256 of each is stored, so a copy of the database cannot be used to sign in.
public struct OneTimeTokens: Sendable {
    public struct Record: Sendable, Equatable {
        public let id: Int
        public let userID: Int
        public let expiresAt: String
        public let usedAt: String?
        public let failedAttempts: Int
    }

    public init() {}

    /// Issues a new secret (a URL-safe token, or the given code) and returns it; it is never stored.
    /// Earlier unused tokens of the same purpose for the user are spent, so only the newest works.
    public func issue(for userID: Int, purpose: OneTimeTokenPurpose, validFor seconds: Int, secret: String = SecureRandom.token(),
                      now: Date, in connection: Connection) throws -> String {
        let created = Timestamp.format(now)
        try connection.run("UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
                           [created, userID, purpose.rawValue])
        try connection.run(
            "INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            [Digest.sha256Hex(Self.salted(secret, userID: userID, purpose: purpose)), userID, purpose.rawValue, created,
             Timestamp.format(now.addingTimeInterval(TimeInterval(seconds)))]
        )
        return secret
    }

    /// The unused, unexpired token for this secret, or nil. Codes need the user they were sent to.
    public func find(_ secret: String, userID: Int? = nil, purpose: OneTimeTokenPurpose, now: Date, in connection: Connection) throws -> Record? {
        let hash = Digest.sha256Hex(userID.map { Self.salted(secret, userID: $0, purpose: purpose) } ?? secret)
        guard let row = try connection.queryOne(
            "SELECT * FROM one_time_tokens WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?",
            [hash, purpose.rawValue, Timestamp.format(now)]) else { return nil }
        return Record(id: try row.int("id"), userID: try row.int("user_id"), expiresAt: try row.string("expires_at"),
                      usedAt: try row.optionalString("used_at"), failedAttempts: try row.int("failed_attempts"))
    }

    public func markUsed(_ id: Int, now: Date, in connection: Connection) throws {
        try connection.run("UPDATE one_time_tokens SET used_at = ? WHERE id = ?", [Timestamp.format(now), id])
    }

    /// Links carry 256-bit random tokens and are looked up by their hash alone; short codes (6 digits)
    /// are bound to their user and purpose so that one code cannot match another person's.
    static func salted(_ secret: String, userID: Int, purpose: OneTimeTokenPurpose) -> String {
        purpose == .secondFactor ? "\(purpose.rawValue):\(userID):\(secret)" : secret
    }
}
