import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// SG 2.34: an ECT who moves between schools of this appropriate body continues their induction;
/// the terms served in the closed period at the first school count at the second.
final class TransferCarryOverTests: XCTestCase {
    private let time = TestFixtures.fixedTime

    func testTermsServedInAnEarlierPeriodAreCarriedOverToTheNewSchool() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        // Amelia Hartley (ects 1) leaves school 1 after two terms and joins school 2 for the summer term.
        try database.write { connection in
            try connection.transaction {
                try connection.run("UPDATE induction_periods SET end_date = '2026-04-02', terms_served = 2000 WHERE ect_id = 1")
                try connection.run("""
                    INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
                    VALUES (1, 2, '2026-04-20', 'confirmed', '2026-04-01T09:00:00Z')
                    """)
                try connection.run("UPDATE ects SET school_id = 2 WHERE id = 1")
            }
        }
        let record = try XCTUnwrap(database.read { try ECTRecordLoader().load(ectID: 1, $0) })
        XCTAssertEqual(record.calendarInput.carriedOver, TermsServed(terms: 2))
        XCTAssertEqual(record.startDate.iso, "2026-04-20", "the calendar runs from the start at the new school")
        let calendar = try TermCalendar.compute(record.calendarInput)
        XCTAssertEqual(calendar.termsServed(asOf: CalendarDate(iso: "2026-04-20")!).oneDecimal, "2.0")
        XCTAssertEqual(calendar.terms.count, 4, "four terms remain after the two carried over")
    }

    func testWithoutAnEarlierPeriodNothingIsCarriedOver() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let record = try XCTUnwrap(database.read { try ECTRecordLoader().load(ectID: 1, $0) })
        XCTAssertEqual(record.calendarInput.carriedOver, .zero)
    }
}
