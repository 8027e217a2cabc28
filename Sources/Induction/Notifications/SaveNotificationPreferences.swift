import SQLite

/// A person chooses which kinds of notification also come by email (issue 11 item 6). Statutory
/// kinds always do, so they are never stored.
public struct SaveNotificationPreferences: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func save(emailFor wanted: Set<NotificationKind>, userID: Int, author: Author) throws {
        try store.change { c, stamp in
            try c.run("DELETE FROM notification_preferences WHERE user_id = ?", [userID])
            for kind in NotificationKind.allCases where !kind.isStatutory {
                try c.run("INSERT INTO notification_preferences (user_id, kind, email) VALUES (?, ?, ?)",
                          [userID, kind.rawValue, wanted.contains(kind) ? 1 : 0])
            }
            let off = NotificationKind.allCases.filter { !$0.isStatutory && !wanted.contains($0) }.map(\.label)
            try AuditEvent(author: author, action: .notificationPreferencesChanged, recordType: "user", recordID: userID,
                           detail: off.isEmpty ? "Every kind by email" : "Not by email: " + off.joined(separator: "; "))
                .record(in: c, at: stamp)
        }
    }
}
