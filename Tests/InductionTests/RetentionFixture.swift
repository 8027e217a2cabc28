import Foundation
import InductDomainTestSupport
import Induction
import SQLite

/// The demo caseload with reports, seven years on (25 November 2033): Jack O'Connor's induction
/// ended seven years ago (20 July 2026), Amelia Hartley's five (20 July 2028). Both are given a row
/// in every table that can name an ECT, so a purge that misses one, or reaches too far, shows.
struct RetentionFixture {
    static let jack = 6
    static let amelia = 1
    static let jackTRN = "3021785"
    static let ameliaTRN = "3012456"
    static let jackName = "O'Connor"
    /// 25 November 2033, 10:00 UTC: the fixed date plus 2,557 days (2028 and 2032 are leap years).
    static let sevenYearsOn = TestFixtures.fixedDate.addingTimeInterval(2_557 * 86_400)

    private static let template: Result<Database, any Error> = Result {
        let database = try TestFixtures.makeDatabase()
        let store = TestFixtures.makeStore(database)
        _ = try SeedDemoReports(store: store).seed(password: TestFixtures.demoPassword)
        _ = try SeedDemoObservations(store: store).seed()
        return database
    }

    let database: Database
    let time = MutableTimeSource(RetentionFixture.sevenYearsOn)
    var store: InductionStore { InductionStore(database: database, time: time) }

    init() throws {
        let path = TestFixtures.makeDatabasePath()
        try Self.template.get().write { try $0.execute("VACUUM INTO '\(path)'") }
        database = try Database(path: path, readerCount: 2)
        _ = try database.migrate(Schema.migrations)
        try database.write { c in
            try c.run("UPDATE induction_periods SET end_date = '2026-07-20', terms_served = 6000 WHERE ect_id = ?", [Self.jack])
            try c.run("UPDATE induction_periods SET end_date = '2028-07-20', terms_served = 6000 WHERE ect_id = ?", [Self.amelia])
            for ect in [Self.jack, Self.amelia] { try Self.addRowsEverywhere(ect: ect, c) }
            try Self.addSharedRows(c)
        }
    }

    func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) ?? 0 }
    }

    /// Every row count of every table: a dry run must leave it as it was.
    func tableCounts() throws -> [String: Int] {
        try database.read { c in
            var counts: [String: Int] = [:]
            for row in try c.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                let name = try row.string("name")
                counts[name] = try c.scalarInt("SELECT count(*) FROM \"\(name)\"")
            }
            return counts
        }
    }

    /// Each table and column whose text holds `needle`, anywhere in the database.
    func placesHolding(_ needle: String) throws -> [String] {
        try database.read { c in
            var places: [String] = []
            for table in try c.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                let name = try table.string("name")
                for column in try c.query("SELECT name FROM pragma_table_info(?)", [name]) {
                    let col = try column.string("name")
                    let hits = try c.scalarInt("SELECT count(*) FROM \"\(name)\" WHERE instr(CAST(\"\(col)\" AS TEXT), ?) > 0", [needle]) ?? 0
                    if hits > 0 { places.append("\(name).\(col)") }
                }
            }
            return places
        }
    }

    private static func addRowsEverywhere(ect: Int, _ c: Connection) throws {
        let stamp = "2026-06-01T09:00:00Z"
        let school = try c.scalarInt("SELECT school_id FROM ects WHERE id = ?", [ect])!
        let user = try c.scalarInt("SELECT user_id FROM role_grants WHERE ect_id = ?", [ect])!
        let report = try c.scalarInt("SELECT max(id) FROM reports WHERE ect_id = ?", [ect])!
        let period = try c.scalarInt("SELECT id FROM induction_periods WHERE ect_id = ?", [ect])!
        let trn = try c.queryOne("SELECT trn FROM ects WHERE id = ?", [ect])!.string("trn")
        try c.run("INSERT INTO absences (ect_id, school_id, start_date, end_date, days, category, created_at) VALUES (?, ?, '2026-03-02', '2026-03-04', 3, 'sickness', ?)",
                  [ect, school, stamp])
        try c.run("INSERT INTO fte_changes (ect_id, effective_date, fte_percent, created_at) VALUES (?, '2026-01-05', 80, ?)", [ect, stamp])
        try c.run("INSERT INTO induction_adjustments (ect_id, kind, terms_tenths, reason, created_at) VALUES (?, 'extension', 5, 'Sickness', ?)",
                  [ect, stamp])
        try c.run("INSERT INTO ect_representations (ect_id, received_on, summary, recorded_at) VALUES (?, '2026-07-01', 'My view', ?)", [ect, stamp])
        try c.run("INSERT INTO unmatched_staff_names (ect_id, role, name) VALUES (?, 'tutor', 'Mr Old Name')", [ect])
        try c.run("INSERT INTO ect_concerns (ect_id, raised_by, raised_at, subject, body) VALUES (?, ?, ?, 'Mentor', 'Not met')", [ect, user, stamp])
        try c.run("INSERT INTO report_views (report_id, viewer_user_id, viewer_role, viewed_at, viewed_on) VALUES (?, ?, 'ect', ?, '2026-06-01')",
                  [report, user, stamp])
        try c.run("""
            INSERT INTO induction_decisions (ect_id, final_report_id, recommendation_received_on, outcome, decided_on, recorded_at)
            VALUES (?, ?, '2026-07-10', 'pass', '2026-07-15', ?)
            """, [ect, report, stamp])
        let blob = String(repeating: ect == jack ? "a" : "b", count: 64)
        try c.run("INSERT INTO evidence_blobs (sha256, bytes, byte_count) VALUES (?, zeroblob(10), 10)", [blob])
        try c.run("""
            INSERT INTO evidence_files (report_id, blob_sha256, file_name, media_type, byte_count, uploaded_by, uploaded_at)
            VALUES (?, ?, 'plan.pdf', 'application/pdf', 10, ?, ?)
            """, [report, blob, user, stamp])
        try c.run("INSERT INTO outbox_messages (recipient, subject, body, next_attempt_at, created_at) VALUES ('tutor@example.org', 'Reminder', 'A reminder', ?, ?)",
                  [stamp, stamp])
        try c.run("""
            INSERT INTO report_reminders (report_id, stage, occurs_on, sent_on, user_id, outbox_message_id, created_at)
            VALUES (?, 'due-day', '2026-06-01', '2026-06-01', ?, ?, ?)
            """, [report, user, Int(c.lastInsertRowID), stamp])
        try c.run("INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES (?, ?, 'password_reset', ?, '2026-06-01T10:00:00Z')",
                  [String(repeating: ect == jack ? "c" : "d", count: 64), user, stamp])
        try c.run("""
            INSERT INTO imported_records (ect_id, source_appropriate_body, format_version, exported_at, document, document_sha256,
                                          terms_served, imported_at) VALUES (?, 'Previous AB', 1, ?, ?, ?, 1000, ?)
            """, [ect, stamp, "{\"trn\":\"\(trn)\"}", String(repeating: ect == jack ? "e" : "f", count: 64), stamp])
        let imported = Int(c.lastInsertRowID)
        try c.run("INSERT INTO imported_periods (imported_record_id, school_name, school_urn, start_date, terms_served) VALUES (?, 'Old', '100000', '2024-09-02', 1000)",
                  [imported])
        try c.run("INSERT INTO imported_absences (imported_record_id, start_date, end_date, days, category) VALUES (?, '2024-10-01', '2024-10-02', 2, 'sickness')",
                  [imported])
        try c.run("""
            INSERT INTO imported_reports (imported_record_id, source_report_id, kind, term_number, meeting_date, due_date, state, fields,
                                          questions, evidence, return_reason, seal_hash)
            VALUES (?, 9, 'progress-review', 1, '2024-12-01', '2024-12-10', 'accepted', '{}', '[]', '[]', '', ?)
            """, [imported, String(repeating: "0", count: 64)])
        try c.run("""
            INSERT INTO imported_report_signatures (imported_report_id, role, signer_name, signed_at, content_hash)
            VALUES (?, 'ect', 'Signer', ?, ?)
            """, [Int(c.lastInsertRowID), stamp, String(repeating: "1", count: 64)])
        try c.run("INSERT INTO dfe_exports (kind, file_count, row_count, exported_by, exported_at) VALUES ('claims', 1, 2, 'Officer', ?)", [stamp])
        let export = Int(c.lastInsertRowID)
        try c.run("INSERT INTO dfe_export_rows (export_id, kind, induction_period_id, trn) VALUES (?, 'claims', ?, ?)", [export, period, trn])
        try AuditEvent(author: .system("test"), action: .ectLeavingRecorded, recordType: "school", recordID: school,
                       detail: "Left: TRN \(trn)").record(in: c, at: stamp)
    }

    /// One DfE file listing both teachers (CRLF lines, as `DfECSV` writes them), and one evidence file whose bytes both reports share.
    private static func addSharedRows(_ c: Connection) throws {
        let content = "trn,first_name,last_name\r\n\(jackTRN),Jack,O'Connor\r\n\(ameliaTRN),Amelia,Hartley\r\n"
        try c.run("INSERT INTO dfe_export_files (export_id, number, content) VALUES (1, 1, ?)", [content])
        let shared = String(repeating: "9", count: 64)
        try c.run("INSERT INTO evidence_blobs (sha256, bytes, byte_count) VALUES (?, zeroblob(20), 20)", [shared])
        for ect in [jack, amelia] {
            try c.run("""
                INSERT INTO evidence_files (report_id, blob_sha256, file_name, media_type, byte_count, uploaded_by, uploaded_at)
                VALUES ((SELECT min(id) FROM reports WHERE ect_id = ?), ?, 'shared.png', 'image/png', 20, 1, '2026-06-01T09:00:00Z')
                """, [ect, shared])
        }
    }
}
