import Foundation
import SQLite
import Security

/// A person sets their password from an emailed link: accepting an invitation (`GrantRole` issues
/// it for 7 days) or after a reset (`RequestPasswordReset`, 1 hour). Links are single use; setting a
/// password ends every session of the person and clears their sign-in lock.
public struct SetPasswordFromLink: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The active person the live link belongs to, or nil.
    static func holder(token: String, purpose: OneTimeTokenPurpose, now: Date, _ c: Connection) throws -> User? {
        guard let record = try OneTimeTokens().find(token, purpose: purpose, now: now, in: c),
              let user = try AccountDirectory().user(id: record.userID, c), user.active else { return nil }
        return user
    }

    /// Checks the link before the policy and the policy before hashing, so that a dead link or a
    /// weak password costs no argon2 work. The person is audited as themselves, from the author's address.
    public func set(token: String, purpose: OneTimeTokenPurpose, password: String, author: Author) throws -> PasswordChangeResult {
        let action: AuditAction
        switch purpose {
        case .invitation: action = .invitationAccepted
        case .passwordReset: action = .passwordReset
        case .secondFactor: return .invalidToken
        }
        let now = store.time.now()
        guard try store.database.read({ try Self.holder(token: token, purpose: purpose, now: now, $0) }) != nil else { return .invalidToken }
        if let message = PasswordPolicy.problem(with: password) { return .rejected(message: message) }
        let hash = try PasswordHasher.hash(password)
        return try store.change { c, stamp in
            guard let user = try Self.holder(token: token, purpose: purpose, now: now, c) else { return .invalidToken }
            try c.run("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?", [hash, stamp, user.id])
            try c.run(
                "UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose IN ('invitation', 'password_reset') AND used_at IS NULL",
                [stamp, user.id])
            try c.run("DELETE FROM sessions WHERE user_id = ?", [user.id])
            try SignInThrottle().reset(email: user.email, in: c)
            try AuditEvent(author: Author(user, actingAs: nil, clientAddress: author.clientAddress), action: action,
                           recordType: "user", recordID: user.id).record(in: c, at: stamp)
            return .changed(userID: user.id)
        }
    }
}
