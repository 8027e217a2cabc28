/// Issue 12: a counter that every change to the records moves, so `InductionReader`'s cached reads
/// (the dashboard, school homes, counts) stay valid across page views. SQLite's own
/// `PRAGMA data_version` moves with every commit, and a page view commits bookkeeping: a session's
/// last-seen time once a minute, a report's first view each day (SG 2.79), a sign-in's throttle
/// and audit rows. Those tables (`ChangeCounter.bookkeeping`) get no trigger; every other table
/// does, and `ChangeCounterTests` fails on a table added later without one.
enum Migration028 {
    static let counted = [
        "absences", "appropriate_bodies", "at_risk_entries", "dfe_export_files", "dfe_export_rows", "dfe_exports",
        "ect_concerns", "ect_representations", "ects", "evidence_blobs", "evidence_files", "fte_changes",
        "imported_absences", "imported_periods", "imported_records", "imported_report_signatures", "imported_reports",
        "induction_adjustments", "induction_decisions", "induction_periods", "lesson_observations", "mentor_meetings",
        "notification_preferences", "notifications", "one_time_tokens", "programme_checks", "reminder_runs",
        "report_changes", "report_chases", "report_fields", "report_questions", "report_reminders", "report_signatures",
        "reports", "retention_purges", "role_grants", "school_registration_requests", "schools", "settings",
        "staff_assignments", "term_dates", "unmatched_staff_names", "users",
    ]

    static var sql: String {
        """
        CREATE TABLE data_changes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL) STRICT;
        INSERT INTO data_changes (id, n) VALUES (1, 0);

        """ + counted.map(triggers(on:)).joined(separator: "\n")
    }

    /// The three triggers a counted table carries. Frozen: this migration's checksum is computed
    /// from its text, so a change here would stop every database that has applied it. A later
    /// migration that adds or rebuilds a table calls it for that table.
    static func triggers(on table: String) -> String {
        ["insert", "update", "delete"].map { event in
            "CREATE TRIGGER \(table)_counts_\(event) AFTER \(event.uppercased()) ON \(table) BEGIN UPDATE data_changes SET n = n + 1 WHERE id = 1; END;"
        }.joined(separator: "\n")
    }
}
