/// Sign-out: deletes the session's row and audits "signed_out" for a person signed in, in one
/// transaction. A visitor's or an unknown token changes nothing.
public struct SignOut: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The audit names the session's holder, who may be halfway through the second factor and so not
    /// yet the request's principal; the role and address come from `author`.
    public func end(_ token: String, author: Author) throws {
        try store.change { c, stamp in
            guard let row = try c.queryOne(
                "SELECT s.id, s.user_id, u.name FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
                [SessionStore.hash(token)]) else { return }
            try c.run("DELETE FROM sessions WHERE id = ?", [try row.int("id")])
            guard let userID = try row.optionalInt("user_id") else { return }
            let holder = Author(userID: userID, name: try row.optionalString("name") ?? "unknown", role: Role(rawValue: author.role),
                                clientAddress: author.clientAddress)
            try AuditEvent(author: holder, action: .signedOut, recordType: "user", recordID: userID).record(in: c, at: stamp)
        }
    }
}
