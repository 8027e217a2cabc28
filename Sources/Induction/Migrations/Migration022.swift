/// Issue 11 item 6: each person's in-app notifications, and which kinds they want by email.
enum Migration022 {
    static let sql = """
    CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('shared', 'awaiting_signature', 'submitted', 'returned', 'accepted', 'not_on_track',
                                           'registration_decision', 'absence_threshold', 'decision_recorded')),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        link TEXT CHECK (link IS NULL OR (substr(link, 1, 1) = '/' AND length(link) <= 200)),
        created_at TEXT NOT NULL,
        read_at TEXT
    ) STRICT;
    CREATE INDEX notifications_by_user ON notifications(user_id, id);
    CREATE TABLE notification_preferences (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('shared', 'awaiting_signature', 'submitted', 'returned', 'accepted', 'not_on_track',
                                           'registration_decision')),
        email INTEGER NOT NULL CHECK (email IN (0, 1)),
        PRIMARY KEY (user_id, kind)
    ) STRICT, WITHOUT ROWID;
    """
}
