import Induction
import XCTest

final class CalendarWorkingDaysTests: XCTestCase {
    let workingDays = WorkingDays()

    func testTenWorkingDaysAcrossChristmasSkipChristmasBoxingSubstituteAndNewYear() {
        // 18 Dec 2026 is a Friday; 25 Dec, 28 Dec (Boxing Day substitute) and 1 Jan are holidays.
        XCTAssertEqual(workingDays.adding(10, to: day("2026-12-18")).iso, "2027-01-06")
        XCTAssertEqual(WorkingDays(bankHolidays: .none).adding(10, to: day("2026-12-18")).iso, "2027-01-01")
    }

    func testTenWorkingDaysAcrossEasterSkipGoodFridayAndEasterMonday() {
        // Thursday 2 April 2026; Good Friday 3 April, Easter Monday 6 April.
        XCTAssertEqual(workingDays.adding(10, to: day("2026-04-02")).iso, "2026-04-20")
        XCTAssertEqual(workingDays.adding(1, to: day("2026-04-02")).iso, "2026-04-07")
    }

    func testCountingBackwardsAndZero() {
        XCTAssertEqual(workingDays.adding(-5, to: day("2027-01-06")).iso, "2026-12-29")
        XCTAssertEqual(workingDays.adding(0, to: day("2026-12-25")).iso, "2026-12-25")
        XCTAssertEqual(workingDays.adding(1, to: day("2026-12-19")).iso, "2026-12-21", "from a Saturday")
    }

    func testCountAndList() {
        XCTAssertEqual(workingDays.count(from: day("2026-12-21"), through: day("2027-01-08")), 12, "21–24, 29–31 Dec, 4–8 Jan")
        XCTAssertEqual(workingDays.count(from: day("2027-01-08"), through: day("2026-12-21")), 0)
        XCTAssertEqual(workingDays.days(from: day("2026-12-24"), through: day("2026-12-29")).map(\.iso),
                       ["2026-12-24", "2026-12-29"])
        XCTAssertFalse(workingDays.isWorkingDay(day("2026-12-28")))
        XCTAssertTrue(workingDays.isWorkingDay(day("2026-12-29")))
    }

    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
