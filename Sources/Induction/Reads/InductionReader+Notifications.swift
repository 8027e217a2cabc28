import SQLite

extension InductionReader {
    /// A person's newest notifications (at most `limit`), how many are unread, and the kinds they turned
    /// off for email, in one read.
    public func notifications(userID: Int, limit: Int = 100) throws -> (items: [Notification], unread: Int, emailOff: Set<NotificationKind>) {
        try database.read { c in
            let items = try c.query("""
                SELECT id, kind, title, link, created_at, read_at FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT ?
                """, [userID, limit]).compactMap { row -> Notification? in
                guard let kind = NotificationKind(rawValue: try row.string("kind")) else { return nil }
                return Notification(id: try row.int("id"), kind: kind, title: try row.string("title"), link: try row.optionalString("link"),
                                    createdAt: try row.string("created_at"), readAt: try row.optionalString("read_at"))
            }
            let unread = try c.scalarInt("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL", [userID]) ?? 0
            let off = Set(try c.query("SELECT kind FROM notification_preferences WHERE user_id = ? AND email = 0", [userID])
                .compactMap { NotificationKind(rawValue: try $0.string("kind")) })
            return (items, unread, off)
        }
    }
}
