import Induction
import XCTest

final class CalendarDateArithmeticTests: XCTestCase {
    func testDayNumbersRoundTripAcrossCenturiesAndLeapDays() {
        XCTAssertEqual(day("1970-01-01").dayNumber, 0)
        XCTAssertEqual(day("2000-03-01").dayNumber - day("2000-02-28").dayNumber, 2, "2000 is a leap year")
        XCTAssertEqual(day("2100-03-01").dayNumber - day("2100-02-28").dayNumber, 1, "2100 is not")
        for iso in ["0001-01-01", "1969-12-31", "2024-02-29", "2026-12-31", "9999-12-31"] {
            XCTAssertEqual(CalendarDate(dayNumber: day(iso).dayNumber).iso, iso)
        }
    }

    func testAddingDaysAndDaysBetween() {
        XCTAssertEqual(day("2028-02-28").adding(days: 1).iso, "2028-02-29")
        XCTAssertEqual(day("2026-12-31").adding(days: 1).iso, "2027-01-01")
        XCTAssertEqual(day("2027-01-01").adding(days: -1).iso, "2026-12-31")
        XCTAssertEqual(day("2026-09-01").days(to: day("2027-09-01")), 365)
        XCTAssertEqual(day("2027-09-01").days(to: day("2028-09-01")), 366)
        XCTAssertEqual(day("2027-09-01").days(to: day("2026-09-01")), -365)
    }

    func testWeekdays() {
        XCTAssertEqual(day("1970-01-01").isoWeekday, 4, "Thursday")
        XCTAssertEqual(day("2026-12-25").isoWeekday, 5, "Friday")
        XCTAssertEqual(day("2026-12-20").isoWeekday, 7, "Sunday")
        XCTAssertEqual(day("1969-12-29").isoWeekday, 1, "Monday before day 0")
        XCTAssertTrue(day("2026-12-19").isWeekend)
        XCTAssertFalse(day("2026-12-18").isWeekend)
        XCTAssertEqual(day("2026-12-20").onOrBefore(weekday: 5).iso, "2026-12-18")
        XCTAssertEqual(day("2026-12-18").onOrBefore(weekday: 5).iso, "2026-12-18")
        XCTAssertEqual(day("2027-01-02").onOrAfter(weekday: 1).iso, "2027-01-04")
        XCTAssertEqual(day("2027-01-04").onOrAfter(weekday: 1).iso, "2027-01-04")
    }

    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
