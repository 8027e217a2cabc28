import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 7, item 8: the appropriate body's extension or reduction, recorded while the ECT was at
/// their first school, still shapes the timeline at the school they move to (SG 3.2–3.10: the
/// adjustment belongs to the induction, not to one school's period). Amelia Hartley (ects 1, full
/// time from 1 September 2025) leaves school 1 on 18 December 2026 and starts at school 2 on
/// 4 January 2027; today is 25 November 2026.
final class TransferAdjustmentsTests: XCTestCase {
    private let time = TestFixtures.fixedTime

    private func calendarAtTheNewSchool(after adjustment: (kind: InductionAdjustment.Kind, tenths: Int)?) throws -> (ECTRecord, TermCalendarResult) {
        let database = try TestFixtures.makeDatabase(accounts: false)
        if let adjustment {
            let recorded = InductionAdjustment(id: 0, kind: adjustment.kind, terms: TermsServed(tenths: adjustment.tenths),
                                               reason: "Decided at the first school", ectConsented: adjustment.kind == .reduction,
                                               decidedAt: "")
            try RecordAdjustment(store: InductionStore(database: database, time: time))
                .record(recorded, ectID: 1, author: TestFixtures.makeAuthor(name: "Officer", role: .abOfficer))
        }
        try database.write { connection in
            try connection.transaction {
                try connection.run("UPDATE induction_periods SET end_date = '2026-12-18', terms_served = 4000 WHERE ect_id = 1")
                try connection.run("""
                    INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
                    VALUES (1, 2, '2027-01-04', 'confirmed', '2026-12-19T09:00:00Z')
                    """)
                try connection.run("UPDATE ects SET school_id = 2 WHERE id = 1")
            }
        }
        let record = try XCTUnwrap(database.read { try ECTRecordLoader().load(ectID: 1, $0) })
        XCTAssertEqual(record.ect.schoolID, 2)
        XCTAssertEqual(record.startDate.iso, "2027-01-04", "the record is the new school's period")
        return (record, try TermCalendar.compute(record.calendarInput))
    }

    private func finalAssessments(_ calendar: TermCalendarResult) -> [String] {
        calendar.dueItems.filter { $0.kind == .finalFormalAssessment }.map(\.date.iso)
    }

    func testAnExtensionFromTheFirstSchoolMovesTheFinalAssessmentAtTheNewOne() throws {
        let (_, without) = try calendarAtTheNewSchool(after: nil)
        let (record, extended) = try calendarAtTheNewSchool(after: (.extension, 10))
        XCTAssertEqual(record.calendarInput.extensions.map(\.terms), [TermsServed(tenths: 10)])
        XCTAssertEqual(finalAssessments(without).count, 1)
        XCTAssertEqual(finalAssessments(extended).count, 1, "exactly one final assessment, at the new end")
        XCTAssertGreaterThan(try XCTUnwrap(extended.projectedEndDate), try XCTUnwrap(without.projectedEndDate))
        XCTAssertGreaterThan(try XCTUnwrap(finalAssessments(extended).first), try XCTUnwrap(finalAssessments(without).first),
                             "a term later than without the extension")
    }

    func testAReductionFromTheFirstSchoolShortensTheInductionAtTheNewOne() throws {
        let (_, without) = try calendarAtTheNewSchool(after: nil)
        let (record, reduced) = try calendarAtTheNewSchool(after: (.reduction, 50))
        XCTAssertEqual(record.reductionInForce?.terms, TermsServed(tenths: 50))
        XCTAssertEqual(finalAssessments(reduced).count, 1)
        XCTAssertLessThan(try XCTUnwrap(reduced.projectedEndDate), try XCTUnwrap(without.projectedEndDate))
        XCTAssertLessThan(try XCTUnwrap(finalAssessments(reduced).first), try XCTUnwrap(finalAssessments(without).first),
                          "a term sooner: five terms, four of them served at the first school")
    }
}
