import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 7, item 8: a transfer carries the earlier periods' absences into the new period's
/// calendar, toward the induction year they fall in (SG 3.6: 30 days per induction year, across schools).
final class TransferAbsencesTests: XCTestCase {
    private let time = TestFixtures.fixedTime

    /// Amelia Hartley (ects 1, full time from 1 September 2025) leaves school 1 on `leaving` having
    /// served `served` thousandths and starts at school 2 on `newStart`; `absences` are (start, end, days).
    private func transfer(leaving: String, served: Int, newStart: String, absences: [(String, String, Int)]) throws -> ECTRecord {
        let database = try TestFixtures.makeDatabase(accounts: false)
        try database.write { connection in
            try connection.transaction {
                try connection.run("UPDATE induction_periods SET end_date = ?, terms_served = ? WHERE ect_id = 1", [leaving, served])
                try connection.run("""
                    INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
                    VALUES (1, 2, ?, 'confirmed', '2026-04-01T09:00:00Z')
                    """, [newStart])
                try connection.run("UPDATE ects SET school_id = 2 WHERE id = 1")
                for (start, end, days) in absences {
                    try connection.run("""
                        INSERT INTO absences (ect_id, school_id, start_date, end_date, days, category, created_at)
                        VALUES (1, ?, ?, ?, ?, 'sickness', '2026-04-01T09:00:00Z')
                        """, [start < newStart ? 1 : 2, start, end, days])
                }
            }
        }
        return try XCTUnwrap(database.read { try ECTRecordLoader().load(ectID: 1, $0) })
    }

    func testTwentyDaysAtTheOldSchoolAndFifteenHereExtendYearOneByThirtyFive() throws {
        let record = try transfer(leaving: "2026-04-02", served: 2000, newStart: "2026-04-20",
                                  absences: [("2025-11-03", "2025-11-28", 20), ("2026-06-01", "2026-06-19", 15)])
        XCTAssertEqual(record.earlierPeriods.map(\.startDate.iso), ["2025-09-01"])
        XCTAssertEqual(record.calendarInput.earlierAbsences.map(\.days), [20])
        XCTAssertEqual(record.calendarInput.absences.map(\.days), [15], "this period's own absences only")
        let calendar = try TermCalendar.compute(record.calendarInput)
        XCTAssertEqual(calendar.years.first?.number, 1)
        XCTAssertEqual(calendar.years.first?.nonStatutoryDays, 35)
        XCTAssertEqual(calendar.years.first?.extensionDays, 35)
        XCTAssertEqual(calendar.dueItems.first { $0.kind == .firstFormalAssessment }?.date.iso, "2026-10-19",
                       "35 school days into autumn 2026")
    }

    func testOnlyTheYearInProgressCountsAfterMoreThanAYearElsewhere() throws {
        // Four terms at school 1: year 1 (20 days) was reached on 22 July 2026; year 2 has 12 days there.
        let record = try transfer(leaving: "2026-12-18", served: 4000, newStart: "2027-01-04",
                                  absences: [("2025-11-03", "2025-11-28", 20), ("2026-11-02", "2026-11-17", 12),
                                             ("2027-02-01", "2027-02-26", 20)])
        XCTAssertEqual(record.earlierAbsencesInCurrentYear.map(\.days), [12])
        let calendar = try TermCalendar.compute(record.calendarInput)
        XCTAssertEqual(calendar.years.first?.number, 2)
        XCTAssertEqual(calendar.years.first?.nonStatutoryDays, 32)
        XCTAssertTrue(calendar.years.first?.thirtyDayRuleApplies ?? false)
    }

    func testWholeYearsCarriedOverStartANewYearHere() throws {
        let record = try transfer(leaving: "2026-07-22", served: 3000, newStart: "2026-09-01",
                                  absences: [("2025-11-03", "2025-11-28", 20), ("2026-11-02", "2026-11-20", 15)])
        XCTAssertEqual(record.earlierAbsencesInCurrentYear, [])
        XCTAssertEqual(try TermCalendar.compute(record.calendarInput).years.first?.nonStatutoryDays, 15)
    }
}
