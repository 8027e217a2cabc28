import Induction
import XCTest

final class WorkingDaysListTests: XCTestCase {
    func testTheListedDaysAreExactlyTheWorkingDaysAcrossFeedAndRuleYears() {
        let workingDays = WorkingDays()
        let from = CalendarDate(year: 2025, month: 12, day: 20)!
        let through = CalendarDate(year: 2031, month: 1, day: 10)!
        let expected = (from.dayNumber...through.dayNumber).map(CalendarDate.init(dayNumber:)).filter(workingDays.isWorkingDay)
        XCTAssertEqual(workingDays.days(from: from, through: through), expected)
        XCTAssertFalse(expected.contains(CalendarDate(year: 2030, month: 12, day: 25)!), "Christmas 2030 comes from the standing rules")
        XCTAssertEqual(workingDays.days(from: through, through: from), [])
        let friday = CalendarDate(year: 2026, month: 11, day: 27)!
        XCTAssertEqual(workingDays.days(from: friday, through: friday.adding(days: 3)), [friday, friday.adding(days: 3)])
    }
}
