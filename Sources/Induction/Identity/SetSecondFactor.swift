import SQLite

/// A person's own choice to be asked for an emailed code at every sign-in. The AB's setting can
/// require it for its staff and headteachers whatever they choose here. Only a real change is audited.
public struct SetSecondFactor: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func set(userID: Int, enabled: Bool, author: Author) throws {
        try store.change { c, stamp in
            let changed = try c.run("UPDATE users SET second_factor_enabled = ? WHERE id = ? AND second_factor_enabled <> ?",
                                    [enabled, userID, enabled])
            guard changed > 0 else { return }
            try AuditEvent(author: author, action: enabled ? .secondFactorEnabled : .secondFactorDisabled,
                           recordType: "user", recordID: userID).record(in: c, at: stamp)
        }
    }
}
