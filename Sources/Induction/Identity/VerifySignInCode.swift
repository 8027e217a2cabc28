import Security

/// Checks a typed second-factor code against the person's live one. Every outcome is audited as
/// the person, from the author's address; a code is spent when it verifies or after `maximumAttempts`.
public struct VerifySignInCode: Sendable {
    public static let maximumAttempts = 5

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func verify(userID: Int, code: String, author: Author) throws -> SecondFactorResult {
        let now = store.time.now()
        let typed = code.filter { !$0.isWhitespace && $0 != "-" }
        return try store.change { c, stamp in
            let name = try AccountDirectory().user(id: userID, c)?.name ?? "unknown"
            let person = Author(userID: userID, name: name, role: nil, clientAddress: author.clientAddress)
            func audit(_ action: AuditAction, _ detail: String) throws {
                try AuditEvent(author: person, action: action, recordType: "user", recordID: userID, detail: detail).record(in: c, at: stamp)
            }
            guard let live = try c.queryOne(
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
                try OneTimeTokens().markUsed(id, now: now, in: c)
                try audit(.secondFactorVerified, "")
                return .verified
            }
            let attempts = try live.int("failed_attempts") + 1
            let remaining = max(0, Self.maximumAttempts - attempts)
            let spentAt: String? = remaining == 0 ? stamp : nil
            try c.run("UPDATE one_time_tokens SET failed_attempts = ?, used_at = ? WHERE id = ?", [attempts, spentAt, id])
            try audit(.secondFactorFailed, remaining == 0 ? "wrong code; code spent" : "wrong code; \(remaining) tries left")
            return .wrong(remainingAttempts: remaining)
        }
    }
}
