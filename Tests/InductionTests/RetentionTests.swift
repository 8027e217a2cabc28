import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 13 item 5: `ApplyRetention` removes a record kept six years past the end of induction from
/// every table, leaves a younger one alone, and keeps one minimal audit event.
final class RetentionTests: XCTestCase {
    private let author = Author.system("induct retention")

    func testListsOnlyTheRecordPastSixYearsWithItsTRNMaskedAndChangesNothing() throws {
        let fixture = try RetentionFixture()
        let before = try fixture.tableCounts()
        let due = try fixture.store.reader.recordsDueForRemoval(today: fixture.store.time.today)
        XCTAssertEqual(due.map(\.ectID), [RetentionFixture.jack])
        XCTAssertEqual(due.first?.maskedTRN, "30****5")
        XCTAssertEqual(due.first?.schoolName, try fixture.database.read {
            try $0.queryOne("SELECT s.name FROM schools s JOIN ects e ON e.school_id = s.id WHERE e.id = 6")?.string("name")
        })
        XCTAssertEqual(due.first?.endedOn.iso, "2026-07-20", "the later of the decision (15 July) and the period's end")
        XCTAssertEqual(try fixture.tableCounts(), before, "a dry run changes nothing")
    }

    func testApplyRemovesTheOldRecordFromEveryTableAndKeepsOneMinimalEvent() throws {
        let fixture = try RetentionFixture()
        let jack = RetentionFixture.jack
        let reports = try fixture.database.read { c in try c.query("SELECT id FROM reports WHERE ect_id = ?", [jack]).map { try $0.int("id") } }
        let jackUser = try fixture.count("SELECT user_id FROM role_grants WHERE ect_id = ?", [jack])
        let ameliaBefore = try ameliaRows(fixture)
        XCTAssertGreaterThan(try fixture.count("SELECT count(*) FROM audit_events WHERE actor_user_id = ?", [jackUser]), 0)
        XCTAssertFalse(try fixture.placesHolding(RetentionFixture.jackName).isEmpty)

        let removed = try ApplyRetention(store: fixture.store).remove(ectID: jack, author: author)
        XCTAssertEqual(removed?.endedOn.iso, "2026-07-20")

        for table in try tables(withColumn: "ect_id", fixture) {
            XCTAssertEqual(try fixture.count("SELECT count(*) FROM \(table) WHERE ect_id = ?", [jack]), 0, table)
        }
        let reportList = reports.map(String.init).joined(separator: ",")
        for table in try tables(withColumn: "report_id", fixture) {
            XCTAssertEqual(try fixture.count("SELECT count(*) FROM \(table) WHERE report_id IN (\(reportList))"), 0, table)
        }
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM reports WHERE id IN (\(reportList))"), 0)
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM users WHERE id = ?", [jackUser]), 0, "the ECT's own account goes")
        for table in ["sessions", "one_time_tokens", "notifications", "notification_preferences"] {
            XCTAssertEqual(try fixture.count("SELECT count(*) FROM \(table) WHERE user_id = ?", [jackUser]), 0, table)
        }
        XCTAssertEqual(try fixture.placesHolding(RetentionFixture.jackTRN), [], "the TRN is nowhere")
        XCTAssertEqual(try fixture.placesHolding(RetentionFixture.jackName), [], "nor the surname")
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM ect_name_search WHERE ect_name_search MATCH ?",
                                         ["\"\(RetentionFixture.jackName)\""]), 0, "nor the name search")
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM evidence_blobs WHERE sha256 = ?", [String(repeating: "a", count: 64)]), 0)
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM evidence_blobs WHERE sha256 = ?", [String(repeating: "9", count: 64)]), 1,
                       "bytes another report names stay")
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM retention_purges"), 0, "no exemption outlives the purge")

        let events = try fixture.database.read { c in
            try c.query("SELECT action, detail, actor FROM audit_events WHERE record_type = 'ect' AND record_id = ?", [jack])
                .map { (try $0.string("action"), try $0.string("detail"), try $0.string("actor")) }
        }
        let applied = events.filter { $0.0 == "retention.applied" }
        XCTAssertEqual(applied.count, 1)
        XCTAssertEqual(applied.first?.1, "Record removed under retention: induction ended on 20 July 2026")
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM audit_events WHERE action = 'retention.applied'"), 1)
        XCTAssertTrue(events.filter { $0.0 != "retention.applied" }.allSatisfy { $0.1 == "[removed under retention]" || $0.1.isEmpty })
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM audit_events WHERE actor_user_id = ?", [jackUser]), 0)
        XCTAssertGreaterThan(try fixture.count("SELECT count(*) FROM audit_events WHERE actor = '[removed under retention]'"), 0,
                             "the ECT's own actions keep their action and time")

        XCTAssertEqual(try ameliaRows(fixture), ameliaBefore, "the record five years on is untouched")
        let export = try fixture.database.read { try $0.queryOne("SELECT content FROM dfe_export_files")?.string("content") }
        XCTAssertEqual(export, "trn,first_name,last_name\r\n\(RetentionFixture.ameliaTRN),Amelia,Hartley\r\n")
        try assertDatabaseSound(fixture)
        XCTAssertNil(try ApplyRetention(store: fixture.store).remove(ectID: jack, author: author), "a second run finds nothing")
    }

    func testARecordNotYetDueIsRefusedAndADecisionLaterThanThePeriodCounts() throws {
        let fixture = try RetentionFixture()
        let before = try fixture.tableCounts()
        XCTAssertNil(try ApplyRetention(store: fixture.store).remove(ectID: RetentionFixture.amelia, author: author))
        XCTAssertNil(try ApplyRetention(store: fixture.store).remove(ectID: 4, author: author), "still in induction")
        XCTAssertEqual(try fixture.tableCounts(), before)
        try fixture.database.write { c in
            try c.run("UPDATE induction_periods SET end_date = '2026-07-01' WHERE ect_id = 3")
            try c.run("""
                INSERT INTO induction_decisions (ect_id, final_report_id, recommendation_received_on, outcome, decided_on, recorded_at)
                VALUES (3, (SELECT max(id) FROM reports WHERE ect_id = 3), '2027-11-01', 'pass', '2027-12-01', '2027-12-01T09:00:00Z')
                """)
        }
        XCTAssertEqual(try fixture.store.reader.recordsDueForRemoval(today: fixture.store.time.today).map(\.ectID), [RetentionFixture.jack])
        fixture.time.advance(by: 7 * 86_400)
        XCTAssertEqual(try fixture.store.reader.recordsDueForRemoval(today: fixture.store.time.today).map(\.ectID), [RetentionFixture.jack, 3])
    }

    func testTheProtectionsHoldOutsideAPurgeAndForOtherTeachersDuringOne() throws {
        let fixture = try RetentionFixture()
        let amelia = RetentionFixture.amelia
        try fixture.database.write { c in
            XCTAssertThrowsError(try c.run("DELETE FROM report_signatures WHERE report_id IN (SELECT id FROM reports WHERE ect_id = ?)", [amelia]))
            XCTAssertThrowsError(try c.run("UPDATE audit_events SET detail = '[removed under retention]' WHERE id = 1"))
            try c.transaction {
                try c.run("INSERT INTO retention_purges (ect_id, started_at) VALUES (?, '2033-11-25T10:00:00Z')", [RetentionFixture.jack])
                XCTAssertThrowsError(try c.run("DELETE FROM report_signatures WHERE report_id IN (SELECT id FROM reports WHERE ect_id = ?)", [amelia]))
                XCTAssertThrowsError(try c.run("DELETE FROM staff_assignments WHERE ect_id = ?", [amelia]))
                XCTAssertThrowsError(try c.run("DELETE FROM imported_records WHERE ect_id = ?", [amelia]))
                XCTAssertThrowsError(try c.run("UPDATE audit_events SET detail = 'rewritten' WHERE id = 1"), "only the marker")
                XCTAssertThrowsError(try c.run("UPDATE audit_events SET action = 'x' WHERE id = 1"))
                XCTAssertThrowsError(try c.run("DELETE FROM audit_events WHERE id = 1"), "the trail is never deleted")
                XCTAssertThrowsError(try c.run("UPDATE dfe_export_files SET content = content || 'x'"))
                try c.run("DELETE FROM retention_purges")
            }
        }
        XCTAssertGreaterThan(try fixture.count("SELECT count(*) FROM report_signatures"), 0)
    }

    private func tables(withColumn column: String, _ fixture: RetentionFixture) throws -> [String] {
        try fixture.database.read { c in
            try c.query("""
                SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND p.name = ? AND m.name <> 'retention_purges'
                """, [column]).map { try $0.string("name") }
        }
    }

    private func ameliaRows(_ fixture: RetentionFixture) throws -> [String: Int] {
        var rows: [String: Int] = [:]
        for table in try tables(withColumn: "ect_id", fixture) {
            rows[table] = try fixture.count("SELECT count(*) FROM \(table) WHERE ect_id = ?", [RetentionFixture.amelia])
        }
        for table in try tables(withColumn: "report_id", fixture) {
            rows[table + " by report"] = try fixture.count(
                "SELECT count(*) FROM \(table) WHERE report_id IN (SELECT id FROM reports WHERE ect_id = ?)", [RetentionFixture.amelia])
        }
        rows["audit naming"] = try fixture.count("SELECT count(*) FROM audit_events WHERE instr(detail, ?) > 0", [RetentionFixture.ameliaTRN])
        rows["users"] = try fixture.count("SELECT count(*) FROM users WHERE id = (SELECT user_id FROM role_grants WHERE ect_id = ?)",
                                          [RetentionFixture.amelia])
        XCTAssertTrue(rows.values.allSatisfy { $0 >= 0 })
        XCTAssertGreaterThan(rows["report_signatures by report"] ?? 0, 0, "the untouched record has signatures to keep")
        return rows
    }

    private func assertDatabaseSound(_ fixture: RetentionFixture) throws {
        try fixture.database.read { c in
            XCTAssertEqual(try c.queryOne("PRAGMA integrity_check")?.string("integrity_check"), "ok")
            XCTAssertEqual(try c.query("PRAGMA foreign_key_check").count, 0)
        }
    }
}
