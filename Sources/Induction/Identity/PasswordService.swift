import Foundation
import SQLite
import Security

/// Setting and changing passwords: by invitation (`RoleGrants` issues it for 7 days), by an emailed reset link (1 hour), or
/// signed in with the current password. Links are single use; a reset ends every session of the
/// person, a change every session but the current one.
public struct PasswordService: Sendable {
    public static let resetLifetime = 3600
    /// Reset emails per person per hour, so that the form cannot flood someone's inbox.
    public static let maximumResetsPerHour = 5

    let database: Database
    let time: any TimeSource
    private let directory = AccountDirectory()
    private let tokens = OneTimeTokens()

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    public func invitationUser(token: String) throws -> User? {
        try user(token: token, purpose: .invitation)
    }

    public func acceptInvitation(token: String, password: String, clientAddress: String) throws -> PasswordChangeResult {
        try setPassword(token: token, purpose: .invitation, password: password, action: .invitationAccepted, clientAddress: clientAddress)
    }

    public func resetUser(token: String) throws -> User? {
        try user(token: token, purpose: .passwordReset)
    }

    /// Ends all of the person's sessions and clears their sign-in lock.
    public func resetPassword(token: String, password: String, clientAddress: String) throws -> PasswordChangeResult {
        try setPassword(token: token, purpose: .passwordReset, password: password, action: .passwordReset, clientAddress: clientAddress)
    }

    /// Behaves the same whether or not an account has the email; only real requests are audited.
    public func requestReset(email: String, baseURL: String, clientAddress: String) throws {
        guard let email = EmailAddress.normalise(email) else { return }
        let now = time.now()
        let stamp = Timestamp.format(now)
        try database.write { connection in
            try connection.transaction {
                guard let user = try directory.user(email: email, connection), user.active else { return }
                let recent = try connection.scalarInt(
                    "SELECT count(*) FROM one_time_tokens WHERE user_id = ? AND purpose = 'password_reset' AND created_at > ?",
                    [user.id, Timestamp.format(now.addingTimeInterval(-3600))]) ?? 0
                guard recent < Self.maximumResetsPerHour else { return }
                let token = try tokens.issue(for: user.id, purpose: .passwordReset, validFor: Self.resetLifetime, now: now, in: connection)
                let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
                try OutgoingEmail(recipient: user.email, subject: "Reset your Induct password", body: """
                    Hello \(user.name),

                    To choose a new password for Induct, open this link within 1 hour:

                    \(base)/reset-password/\(token)

                    The link works once. If you did not ask to reset your password, you can ignore this email: \
                    your password has not changed.
                    """).enqueue(in: connection, at: stamp)
                try AuditEvent(actor: "anonymous", action: .passwordResetRequested, recordType: "user", recordID: user.id,
                               clientAddress: clientAddress).record(in: connection, at: stamp)
            }
        }
    }

    /// Ends the person's other sessions. Five wrong current passwords lock it as they lock sign-in.
    public func changePassword(userID: Int, current: String, new: String, keepingSession token: String?,
                               clientAddress: String) throws -> PasswordChangeResult {
        let now = time.now()
        let found = try database.read { connection -> (user: User, hash: String?, retryAfter: Int?)? in
            guard let row = try connection.queryOne("SELECT * FROM users WHERE id = ?", [userID]) else { return nil }
            let user = try AccountDirectory.user(row)
            return (user, try row.optionalString("password_hash"),
                    try SignInThrottle().retryAfter(keys: [SignInThrottle.accountKey(user.email)], now: now, in: connection))
        }
        guard let found, found.user.active else { return .wrongCurrentPassword }
        if let retryAfter = found.retryAfter {
            let minutes = (retryAfter + 59) / 60
            return .rejected(message: "Too many wrong passwords. Try again in \(minutes) minute\(minutes == 1 ? "" : "s")")
        }
        guard let hash = found.hash, PasswordHasher.verify(current, against: hash) else {
            try database.write { connection in
                try connection.transaction {
                    try SignInThrottle().recordFailure(email: found.user.email, address: clientAddress, now: now, in: connection)
                    try AuditEvent(actor: found.user.name, actorUserID: userID, action: .passwordChangeFailed, recordType: "user",
                                   recordID: userID, detail: "wrong current password", clientAddress: clientAddress)
                        .record(in: connection, at: Timestamp.format(now))
                }
            }
            return .wrongCurrentPassword
        }
        if let message = PasswordPolicy.problem(with: new) { return .rejected(message: message) }
        let newHash = try PasswordHasher.hash(new)
        return try database.write { connection in
            try connection.transaction {
                let changed = try connection.run(
                    "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ? AND password_hash = ?",
                    [newHash, Timestamp.format(now), userID, hash])
                guard changed == 1 else { return .wrongCurrentPassword }
                try SessionStore(database: database, time: time).endOtherSessions(userID: userID, except: token, in: connection)
                try SignInThrottle().reset(email: found.user.email, in: connection)
                try AuditEvent(actor: found.user.name, actorUserID: userID, action: .passwordChanged, recordType: "user",
                               recordID: userID, detail: "other sessions ended", clientAddress: clientAddress)
                    .record(in: connection, at: Timestamp.format(now))
                return .changed(userID: userID)
            }
        }
    }

    private func user(token: String, purpose: OneTimeTokenPurpose) throws -> User? {
        let now = time.now()
        return try database.read { connection in
            guard let record = try tokens.find(token, purpose: purpose, now: now, in: connection),
                  let user = try directory.user(id: record.userID, connection), user.active else { return nil }
            return user
        }
    }

    /// Checks the link before the policy and the policy before hashing, so that a dead link or a
    /// weak password costs no argon2 work.
    private func setPassword(token: String, purpose: OneTimeTokenPurpose, password: String, action: AuditAction,
                             clientAddress: String) throws -> PasswordChangeResult {
        guard try user(token: token, purpose: purpose) != nil else { return .invalidToken }
        if let message = PasswordPolicy.problem(with: password) { return .rejected(message: message) }
        let hash = try PasswordHasher.hash(password)
        let now = time.now()
        let stamp = Timestamp.format(now)
        return try database.write { connection in
            try connection.transaction {
                guard let record = try tokens.find(token, purpose: purpose, now: now, in: connection),
                      let user = try directory.user(id: record.userID, connection), user.active else { return .invalidToken }
                try connection.run("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?", [hash, stamp, user.id])
                try connection.run(
                    "UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose IN ('invitation', 'password_reset') AND used_at IS NULL",
                    [stamp, user.id])
                try connection.run("DELETE FROM sessions WHERE user_id = ?", [user.id])
                try SignInThrottle().reset(email: user.email, in: connection)
                try AuditEvent(actor: user.name, actorUserID: user.id, action: action, recordType: "user", recordID: user.id,
                               clientAddress: clientAddress).record(in: connection, at: stamp)
                return .changed(userID: user.id)
            }
        }
    }
}
