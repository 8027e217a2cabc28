import Foundation
import SQLite
import Security

/// design.md "Security defaults": argon2id, re-hashed on sign-in when the parameters change; the
/// same answer and about the same work for an unknown email, an inactive account and a wrong
/// password; throttled per account and per client address (`SignInThrottle`); every outcome audited,
/// never with the password, nor with the typed email when no account has it.
public struct SignInService: Sendable {
    let database: Database
    let time: any TimeSource
    private let directory = AccountDirectory()
    private let throttle = SignInThrottle()

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    public func attempt(email: String, password: String, clientAddress: String) throws -> SignInResult {
        let now = time.now()
        let typed = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let keys = [SignInThrottle.accountKey(typed), SignInThrottle.addressKey(clientAddress)]
        let (account, retryAfter) = try database.read { connection -> (Account?, Int?) in
            (try findAccount(email: typed, connection), try throttle.retryAfter(keys: keys, now: now, in: connection))
        }
        if let retryAfter {
            try audit(.signInThrottled, user: account?.user, detail: account == nil ? "unknown account" : "retry after \(retryAfter) s",
                      clientAddress: clientAddress, now: now)
            return .throttled(retryAfterSeconds: retryAfter)
        }
        guard let account, account.user.active, let hash = account.hash else {
            _ = PasswordHasher.verifyUnknownUser(password)
            let detail = account == nil ? "unknown account" : account!.user.active ? "no password set" : "account inactive"
            try recordFailure(user: account?.user, email: typed, detail: detail, clientAddress: clientAddress, now: now)
            return .invalid
        }
        guard PasswordHasher.verify(password, against: hash) else {
            try recordFailure(user: account.user, email: typed, detail: "wrong password", clientAddress: clientAddress, now: now)
            return .invalid
        }
        let rehashed = PasswordHasher.needsRehash(hash) ? try PasswordHasher.hash(password) : nil
        return try database.write { connection in
            try connection.transaction {
                try throttle.reset(email: typed, in: connection)
                if let rehashed {
                    try connection.run("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?",
                                       [rehashed, account.user.id, hash])
                }
                let needsCode = try secondFactorNeeded(account, connection)
                if needsCode {
                    try SecondFactor(database: database, time: time).issueCode(userID: account.user.id, in: connection)
                }
                try AuditEvent(actor: account.user.name, actorUserID: account.user.id, action: .signInSucceeded, recordType: "user",
                               recordID: account.user.id, detail: needsCode ? "second factor required" : "",
                               clientAddress: clientAddress).record(in: connection, at: Timestamp.format(now))
                return needsCode ? .secondFactorRequired(userID: account.user.id) : .signedIn(userID: account.user.id)
            }
        }
    }

    private struct Account {
        let user: User
        let hash: String?
        let secondFactorEnabled: Bool
    }

    private func findAccount(email: String, _ connection: Connection) throws -> Account? {
        guard !email.isEmpty, let row = try connection.queryOne("SELECT * FROM users WHERE email = ?", [email]) else { return nil }
        return Account(user: try AccountDirectory.user(row), hash: try row.optionalString("password_hash"),
                       secondFactorEnabled: try row.bool("second_factor_enabled"))
    }

    private func secondFactorNeeded(_ account: Account, _ connection: Connection) throws -> Bool {
        if account.secondFactorEnabled { return true }
        let settings = try AppropriateBodySettings.load(connection)
        return try directory.grants(userID: account.user.id, connection).contains { settings.secondFactorRequired(for: $0.role) }
    }

    private func recordFailure(user: User?, email: String, detail: String, clientAddress: String, now: Date) throws {
        try database.write { connection in
            try connection.transaction {
                try throttle.recordFailure(email: email, address: clientAddress, now: now, in: connection)
                try event(.signInFailed, user: user, detail: detail, clientAddress: clientAddress).record(in: connection, at: Timestamp.format(now))
            }
        }
    }

    private func audit(_ action: AuditAction, user: User?, detail: String, clientAddress: String, now: Date) throws {
        try database.write { connection in
            try event(action, user: user, detail: detail, clientAddress: clientAddress).record(in: connection, at: Timestamp.format(now))
        }
    }

    /// Whoever typed the password is not known to be the account's owner, so the actor is anonymous.
    private func event(_ action: AuditAction, user: User?, detail: String, clientAddress: String) -> AuditEvent {
        AuditEvent(actor: "anonymous", action: action, recordType: "user", recordID: user?.id, detail: detail, clientAddress: clientAddress)
    }
}
