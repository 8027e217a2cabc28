import Foundation
import SQLite
import Security

/// design.md "Security defaults": argon2id, re-hashed on sign-in when the parameters change; the
/// same answer and about the same work for an unknown email, an inactive account and a wrong
/// password; throttled per account and per client address (`SignInThrottle`); every outcome audited,
/// never with the password, nor with the typed email when no account has it. The author is the
/// visitor (anonymous, at their address): only a right password is audited as the account's owner.
public struct SignIn: Sendable {
    let store: InductionStore
    private let throttle = SignInThrottle()

    public init(store: InductionStore) { self.store = store }

    public func signIn(email: String, password: String, author: Author) throws -> SignInResult {
        let now = store.time.now()
        let address = author.clientAddress
        let typed = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let keys = [SignInThrottle.accountKey(typed), SignInThrottle.addressKey(address)]
        let (account, retryAfter) = try store.database.read { c -> (Account?, Int?) in
            (try findAccount(email: typed, c), try throttle.retryAfter(keys: keys, now: now, in: c))
        }
        if let retryAfter {
            try store.change { c, stamp in
                try AuditEvent(author: author, action: .signInThrottled, recordType: "user", recordID: account?.user.id,
                               detail: account == nil ? "unknown account" : "retry after \(retryAfter) s").record(in: c, at: stamp)
            }
            return .throttled(retryAfterSeconds: retryAfter)
        }
        guard let account, account.user.active, let hash = account.hash else {
            _ = PasswordHasher.verifyUnknownUser(password)
            let detail = account == nil ? "unknown account" : account!.user.active ? "no password set" : "account inactive"
            try recordFailure(user: account?.user, email: typed, detail: detail, author: author, now: now)
            return .invalid
        }
        guard PasswordHasher.verify(password, against: hash) else {
            try recordFailure(user: account.user, email: typed, detail: "wrong password", author: author, now: now)
            return .invalid
        }
        let rehashed = PasswordHasher.needsRehash(hash) ? try PasswordHasher.hash(password) : nil
        return try store.change { c, stamp in
            try throttle.reset(email: typed, in: c)
            if let rehashed {
                try c.run("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?", [rehashed, account.user.id, hash])
            }
            let needsCode = try secondFactorNeeded(account, c)
            if needsCode { _ = try SignInCode.issue(userID: account.user.id, clientAddress: address, now: now, c) }
            try AuditEvent(author: Author(account.user, actingAs: nil, clientAddress: address), action: .signInSucceeded,
                           recordType: "user", recordID: account.user.id, detail: needsCode ? "second factor required" : "")
                .record(in: c, at: stamp)
            return needsCode ? .secondFactorRequired(userID: account.user.id) : .signedIn(userID: account.user.id)
        }
    }

    private struct Account {
        let user: User
        let hash: String?
        let secondFactorEnabled: Bool
    }

    private func findAccount(email: String, _ c: Connection) throws -> Account? {
        guard !email.isEmpty, let row = try c.queryOne("SELECT * FROM users WHERE email = ?", [email]) else { return nil }
        return Account(user: try AccountDirectory.user(row), hash: try row.optionalString("password_hash"),
                       secondFactorEnabled: try row.bool("second_factor_enabled"))
    }

    private func secondFactorNeeded(_ account: Account, _ c: Connection) throws -> Bool {
        if account.secondFactorEnabled { return true }
        let settings = try AppropriateBodySettings.load(c)
        return try AccountDirectory().grants(userID: account.user.id, c).contains { settings.secondFactorRequired(for: $0.role) }
    }

    private func recordFailure(user: User?, email: String, detail: String, author: Author, now: Date) throws {
        try store.change { c, stamp in
            try throttle.recordFailure(email: email, address: author.clientAddress, now: now, in: c)
            try AuditEvent(author: author, action: .signInFailed, recordType: "user", recordID: user?.id, detail: detail)
                .record(in: c, at: stamp)
        }
    }
}
