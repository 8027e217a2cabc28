import SQLite

/// One notice to one person (issue 11 item 6): a line in their in-app list, and the email unless they
/// turned that kind off, which a statutory kind ignores. Written in the change's own transaction.
struct PersonNotice {
    let kind: NotificationKind
    let email: OutgoingEmail
    let title: String
    /// The page it is about, a path like "/reports/12", or nil.
    let link: String?

    func deliver(in c: Connection, at stamp: String) throws {
        let user = try c.scalarInt("SELECT id FROM users WHERE email = ? COLLATE NOCASE", [email.recipient])
        if let user {
            try c.run("INSERT INTO notifications (user_id, kind, title, link, created_at) VALUES (?, ?, ?, ?, ?)",
                      [user, kind.rawValue, title, link, stamp])
        }
        let turnedOff = try user.map {
            try c.scalarInt("SELECT count(*) FROM notification_preferences WHERE user_id = ? AND kind = ? AND email = 0",
                            [$0, kind.rawValue]) ?? 0 > 0
        } ?? false
        if kind.isStatutory || !turnedOff { try email.enqueue(in: c, at: stamp) }
    }
}
