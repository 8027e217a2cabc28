/// Issue 11 item 7: reminders before and after a report's due date. One row per reminder sent to
/// one person, so the same reminder (report, stage, the day the stage belongs to, person) can never
/// be sent twice, whatever restarts or repeated runs happen; and one row per day the run was made.
enum Migration018 {
    static let sql = """
    CREATE TABLE report_reminders (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        stage TEXT NOT NULL CHECK (stage IN ('week-before', 'day-before', 'due-day', 'overdue', 'weekly-overdue')),
        occurs_on TEXT NOT NULL CHECK (date(occurs_on, '+0 days') IS occurs_on),
        sent_on TEXT NOT NULL CHECK (date(sent_on, '+0 days') IS sent_on),
        user_id INTEGER NOT NULL REFERENCES users(id),
        outbox_message_id INTEGER NOT NULL REFERENCES outbox_messages(id),
        created_at TEXT NOT NULL,
        UNIQUE (report_id, stage, occurs_on, user_id)
    ) STRICT;
    CREATE INDEX report_reminders_by_user ON report_reminders(user_id, sent_on);

    CREATE TABLE reminder_runs (
        run_on TEXT PRIMARY KEY NOT NULL CHECK (date(run_on, '+0 days') IS run_on),
        reminders_sent INTEGER NOT NULL CHECK (reminders_sent >= 0),
        ran_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    -- The appropriate body's chases of a school's overdue reports.
    CREATE TABLE report_chases (
        id INTEGER PRIMARY KEY,
        school_id INTEGER NOT NULL REFERENCES schools(id),
        report_count INTEGER NOT NULL CHECK (report_count >= 1),
        chased_by INTEGER REFERENCES users(id),
        chased_at TEXT NOT NULL
    ) STRICT;
    """
}
