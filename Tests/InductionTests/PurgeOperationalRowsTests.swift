import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 13 item 5: sent emails go after 30 days and sign-in throttles after a day; nothing else.
final class PurgeOperationalRowsTests: XCTestCase {
    func testPurgesOnlySentEmailsOlderThanThirtyDaysAndStaleThrottles() throws {
        let database = try TestFixtures.makeDatabase(seeded: true, accounts: false)
        let store = TestFixtures.makeStore(database)
        try database.write { c in
            let rows: [(String, String, String?)] = [
                ("old-sent", "sent", "2026-10-25T09:00:00Z"), ("recent-sent", "sent", "2026-10-27T09:00:00Z"),
                ("old-pending", "pending", nil), ("old-failed", "failed", nil), ("old-reminder", "sent", "2026-01-01T09:00:00Z"),
            ]
            for (subject, status, sent) in rows {
                try c.run("""
                    INSERT INTO outbox_messages (recipient, subject, body, status, next_attempt_at, created_at, sent_at)
                    VALUES ('a@example.org', ?, 'Body', ?, '2026-01-01T09:00:00Z', '2026-01-01T09:00:00Z', ?)
                    """, [subject, status, sent])
            }
            try c.run("INSERT INTO users (name, email, created_at) VALUES ('Tutor', 't@example.org', '2026-01-01T09:00:00Z')")
            try c.run("""
                INSERT INTO reports (ect_id, school_id, induction_period_id, kind, term_number, meeting_date, earliest_submission, due_date,
                                     created_at, updated_at)
                VALUES (1, (SELECT school_id FROM ects WHERE id = 1), (SELECT id FROM induction_periods WHERE ect_id = 1), 'progress-review', 1,
                        '2026-01-01', '2026-01-01', '2026-01-10', '2026-01-01T09:00:00Z', '2026-01-01T09:00:00Z')
                """)
            try c.run("""
                INSERT INTO report_reminders (report_id, stage, occurs_on, sent_on, user_id, outbox_message_id, created_at)
                VALUES (1, 'due-day', '2026-01-10', '2026-01-10', 1, (SELECT id FROM outbox_messages WHERE subject = 'old-reminder'), '2026-01-10T09:00:00Z')
                """)
            try c.run("INSERT INTO sign_in_throttles (key, failures, window_started_at, locked_until) VALUES ('address:old', 3, '2026-11-24T09:00:00Z', NULL)")
            try c.run("INSERT INTO sign_in_throttles (key, failures, window_started_at, locked_until) VALUES ('address:new', 3, '2026-11-24T11:00:00Z', NULL)")
            try c.run("INSERT INTO sign_in_throttles (key, failures, window_started_at, locked_until) VALUES ('account:locked', 9, '2026-11-20T09:00:00Z', '2026-11-26T09:00:00Z')")
        }
        let purged = try PurgeOperationalRows(store: store).purge(author: .system("induct serve"))
        XCTAssertEqual(purged, OperationalPurge(outboxMessages: 1, signInThrottles: 1))
        let left = try database.read { c in try c.query("SELECT subject FROM outbox_messages ORDER BY id").map { try $0.string("subject") } }
        XCTAssertEqual(left, ["recent-sent", "old-pending", "old-failed", "old-reminder"])
        let keys = try database.read { c in try c.query("SELECT key FROM sign_in_throttles ORDER BY key").map { try $0.string("key") } }
        XCTAssertEqual(keys, ["account:locked", "address:new"])
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM audit_events WHERE action = 'retention.operational_rows_purged'") }, 1)
        XCTAssertEqual(try PurgeOperationalRows(store: store).purge(author: .system("induct serve")).total, 0)
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM audit_events WHERE action = 'retention.operational_rows_purged'") }, 1,
                       "a run that removes nothing writes nothing")
    }
}
