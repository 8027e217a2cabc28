import Foundation
import SQLite
import Security

/// A signed-in person changes their password by typing the current one. Ends their other
/// sessions. Five wrong current passwords lock it as they lock sign-in.
public struct ChangePassword: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func change(userID: Int, current: String, new: String, keepingSession token: String?,
                       author: Author) throws -> PasswordChangeResult {
        let now = store.time.now()
        let found = try store.database.read { c -> (user: User, hash: String?, retryAfter: Int?)? in
            guard let row = try c.queryOne("SELECT * FROM users WHERE id = ?", [userID]) else { return nil }
            let user = try AccountDirectory.user(row)
            return (user, try row.optionalString("password_hash"),
                    try SignInThrottle().retryAfter(keys: [SignInThrottle.accountKey(user.email)], now: now, in: c))
        }
        guard let found, found.user.active else { return .wrongCurrentPassword }
        if let retryAfter = found.retryAfter {
            let minutes = (retryAfter + 59) / 60
            return .rejected(message: "Too many wrong passwords. Try again in \(minutes) minute\(minutes == 1 ? "" : "s")")
        }
        guard let hash = found.hash, PasswordHasher.verify(current, against: hash) else {
            try store.change { c, stamp in
                try SignInThrottle().recordFailure(email: found.user.email, address: author.clientAddress, now: now, in: c)
                try AuditEvent(author: author, action: .passwordChangeFailed, recordType: "user", recordID: userID,
                               detail: "wrong current password").record(in: c, at: stamp)
            }
            return .wrongCurrentPassword
        }
        if let message = PasswordPolicy.problem(with: new) { return .rejected(message: message) }
        let newHash = try PasswordHasher.hash(new)
        return try store.change { c, stamp in
            let changed = try c.run("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ? AND password_hash = ?",
                                    [newHash, stamp, userID, hash])
            guard changed == 1 else { return .wrongCurrentPassword }
            try SessionStore(database: store.database, time: store.time).endOtherSessions(userID: userID, except: token, in: c)
            try SignInThrottle().reset(email: found.user.email, in: c)
            try AuditEvent(author: author, action: .passwordChanged, recordType: "user", recordID: userID,
                           detail: "other sessions ended").record(in: c, at: stamp)
            return .changed(userID: userID)
        }
    }
}
