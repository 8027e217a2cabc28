import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 12: the change counter behind `InductionReader`'s cached reads (Migration028) moves with
/// every change to the records and with no page view, so a cached dashboard outlives sign-ins and
/// report views but never a change.
final class ChangeCounterTests: XCTestCase {
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(seeded: true, accounts: true)
    }

    private func counter() throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt(ChangeCounter.query) })
    }

    func testEveryTableButTheBookkeepingCarriesTheTriggers() throws {
        let (all, virtual, triggers) = try database.read { c in
            (Set(try c.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").map { try $0.string("name") }),
             try c.query("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").map { try $0.string("name") },
             Set(try c.query("SELECT name FROM sqlite_master WHERE type = 'trigger'").map { try $0.string("name") }))
        }
        // A full-text index (Migration029) and its shadow tables follow a counted table's own triggers.
        XCTAssertEqual(Set(virtual), ["ect_name_search", "school_name_search"])
        let tables = all.filter { table in !virtual.contains { table == $0 || table.hasPrefix($0 + "_") } }
        XCTAssertTrue(ChangeCounter.bookkeeping.isSubset(of: tables), "every bookkeeping table exists")
        for table in tables.subtracting(ChangeCounter.bookkeeping).subtracting(["schema_migrations", "data_changes"]).sorted() {
            for event in ["insert", "update", "delete"] {
                XCTAssertTrue(triggers.contains("\(table)_counts_\(event)"),
                              "\(table) has no \(event) trigger moving data_changes: add Migration028.triggers(on:) to its migration")
            }
        }
        for table in ChangeCounter.bookkeeping {
            XCTAssertFalse(triggers.contains { $0.hasPrefix("\(table)_counts_") }, "\(table) is bookkeeping: a page view writes it")
        }
    }

    func testASignInAndAReportViewLeaveTheCounterAndAChangeMovesIt() throws {
        let store = TestFixtures.makeStore(database)
        _ = try SeedDemoReports(store: store).seed(password: TestFixtures.demoPassword)
        let before = try counter()
        let userID = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM users ORDER BY id LIMIT 1") })
        let (token, _) = try store.sessions.start(userID: userID, secondFactorPending: false, clientAddress: "192.0.2.1", replacing: nil)
        XCTAssertNotNil(try store.sessions.resolve(token))
        let reportID = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT min(id) FROM reports") })
        try RecordReportView(store: store).record(reportID: reportID, viewerUserID: userID, role: .abOfficer, schoolID: nil)
        XCTAssertEqual(try counter(), before, "bookkeeping only")

        let summary = try store.reader.appropriateBodySummary()
        let sickness = try XCTUnwrap(Absence(start: CalendarDate(iso: "2026-10-05")!, end: CalendarDate(iso: "2026-10-09")!, days: 5,
                                             category: .sickness, ectChoosesToExtend: false))
        try RecordAbsence(store: store).record(sickness, ectID: 1, author: TestFixtures.makeAuthor())
        XCTAssertGreaterThan(try counter(), before)
        try database.write { try $0.run("UPDATE schools SET name = name || ' (renamed)' WHERE id = 1") }
        XCTAssertEqual(try store.reader.appropriateBodySummary(), summary, "the counts are unchanged by a rename")
        try database.write { c in
            try c.run("""
                INSERT INTO schools (appropriate_body_id, name, urn, created_at)
                SELECT id, 'Counter Test School', '199999', '2026-11-25T09:00:00Z' FROM appropriate_bodies LIMIT 1
                """)
        }
        XCTAssertEqual(try store.reader.appropriateBodySummary().schoolCount, summary.schoolCount + 1, "the cached summary sees the new school")
    }
}
