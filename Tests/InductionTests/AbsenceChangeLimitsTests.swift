import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 7, item 3, checked in the verbs as well as the form, so no caller can store what the form
/// refuses: sickness and other unplanned absence cannot end after today; a correction may not
/// overlap another absence or leave the period; only the recording school may correct. Amelia
/// Hartley (ects 1) is full time at school 1 from 1 September 2025; today is 25 November 2026.
final class AbsenceChangeLimitsTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(seeded: true, accounts: false)
    }

    private func absence(_ start: String, _ end: String, days: Int, _ category: AbsenceCategory = .sickness) throws -> Absence {
        try XCTUnwrap(Absence(start: CalendarDate(iso: start)!, end: CalendarDate(iso: end)!, days: days, category: category,
                              ectChoosesToExtend: false))
    }

    private func stored() throws -> [StoredAbsence] {
        try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: 1, $0) }).absences
    }

    @discardableResult
    private func record(_ absence: Absence) throws -> Int {
        try RecordAbsence(store: store).record(absence, ectID: 1, author: TestFixtures.makeAuthor())
        return try XCTUnwrap(try stored().first { $0.absence == absence }?.id)
    }

    private func correct(_ id: Int, to absence: Absence) throws {
        try CorrectAbsence(store: store).correct(absenceID: id, to: absence, ectID: 1, author: TestFixtures.makeAuthor())
    }

    func testTheVerbsRefuseSicknessEndingAfterTodayAndAcceptStatutoryLeaveAhead() throws {
        XCTAssertThrowsError(try record(try absence("2026-11-23", "2026-11-27", days: 5))) {
            XCTAssertEqual($0 as? ECTRecordError, .unplannedAbsenceAhead(.sickness))
        }
        XCTAssertEqual(try stored().count, 0)
        let id = try record(try absence("2026-11-23", "2026-11-25", days: 3))
        XCTAssertThrowsError(try correct(id, to: try absence("2026-11-23", "2026-11-26", days: 4, .other))) {
            XCTAssertEqual($0 as? ECTRecordError, .unplannedAbsenceAhead(.other))
        }
        XCTAssertEqual(try stored().map(\.absence.end.iso), ["2026-11-25"], "the refused correction changed nothing")
        try record(try absence("2027-01-04", "2027-03-26", days: 50, .maternity))
        XCTAssertEqual(try stored().count, 2, "statutory leave may be recorded ahead")
    }

    func testACorrectionThatOverlapsAnotherAbsenceOrLeavesThePeriodIsRefused() throws {
        let first = try absence("2026-10-05", "2026-10-09", days: 5)
        try record(first)
        let second = try record(try absence("2026-11-02", "2026-11-04", days: 3))
        XCTAssertThrowsError(try correct(second, to: try absence("2026-10-08", "2026-11-04", days: 12))) { error in
            guard case ECTRecordError.overlaps(let existing) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(existing.absence, first, "names the absence it would overlap")
        }
        XCTAssertThrowsError(try correct(second, to: try absence("2025-08-20", "2025-09-02", days: 2))) {
            XCTAssertEqual($0 as? ECTRecordError, .outsidePeriod, "starts before the induction period at this school")
        }
        // Correcting an absence over its own days is not an overlap.
        try correct(second, to: try absence("2026-11-02", "2026-11-05", days: 4))
        XCTAssertEqual(try stored().map(\.absence.days).sorted(), [4, 5])
    }

    func testAnotherSchoolCannotCorrectAnAbsenceTheFirstSchoolRecorded() throws {
        let id = try record(try absence("2026-10-05", "2026-10-09", days: 5))
        try database.write { c in
            try c.run("UPDATE induction_periods SET end_date = '2026-10-31', terms_served = 3600 WHERE ect_id = 1")
            try c.run("INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at) VALUES (1, 2, '2026-11-02', 'confirmed', '')")
            try c.run("UPDATE ects SET school_id = 2 WHERE id = 1")
        }
        XCTAssertThrowsError(try correct(id, to: try absence("2026-10-05", "2026-10-06", days: 2))) {
            XCTAssertEqual($0 as? ECTRecordError, .recordedByAnotherSchool)
        }
        XCTAssertEqual(try stored().map(\.absence.days), [5])
    }
}
