import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Constraints live in the schema, so that even a bug cannot store bad data.
final class SchemaConstraintTests: XCTestCase {
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func insertECT(trn: String = "1999999", start: String = "2026-09-01", fte: Int = 100, school: Int = 1) throws {
        try database.write { connection in
            try connection.run(
                """
                INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, created_at)
                VALUES (?, 'Test', 'Person', ?, ?, ?, 'Tutor', '2026-11-25T10:00:00Z')
                """, [school, trn, start, fte])
        }
    }

    func testAValidECTIsAccepted() throws {
        XCTAssertNoThrow(try insertECT())
    }

    func testBadTRNDateFTEOrSchoolIsRefused() {
        XCTAssertThrowsError(try insertECT(trn: "123456"), "6 digits")
        XCTAssertThrowsError(try insertECT(trn: "12345a7"), "non-digit")
        XCTAssertThrowsError(try insertECT(trn: "3012456"), "duplicate TRN")
        XCTAssertThrowsError(try insertECT(start: "2026-02-30"), "impossible date")
        XCTAssertThrowsError(try insertECT(start: "2021-08-31"), "before 1 September 2021")
        XCTAssertThrowsError(try insertECT(start: "01/09/2026"), "not ISO")
        XCTAssertThrowsError(try insertECT(fte: 0))
        XCTAssertThrowsError(try insertECT(fte: 120))
        XCTAssertThrowsError(try insertECT(school: 99), "foreign key")
    }

    func testAuditEventsCannotBeChangedOrDeleted() {
        XCTAssertThrowsError(try database.write { try $0.run("UPDATE audit_events SET actor = 'someone else'") })
        XCTAssertThrowsError(try database.write { try $0.run("DELETE FROM audit_events") })
    }
}
