import SQLite

/// A person marks their notifications read. Bookkeeping on their own list, like a session: no audit.
public struct MarkNotificationsRead: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func markAll(userID: Int) throws {
        try store.database.write { c in
            try c.run("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL", [store.time.timestamp, userID])
        }
    }
}
