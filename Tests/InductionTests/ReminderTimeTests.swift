import Foundation
import Induction
import XCTest

/// The reminders' local time of day: parsed from `--reminders-at`, and kept at 07:00 London time
/// through the changes to and from British Summer Time.
final class ReminderTimeTests: XCTestCase {
    func testParsing() {
        XCTAssertEqual(ReminderTime("07:00")?.description, "07:00")
        XCTAssertEqual(ReminderTime("18:45")?.description, "18:45")
        for bad in ["7:00", "24:00", "12:60", "0700", "", "ab:cd", "07:00:00", "-1:00"] {
            XCTAssertNil(ReminderTime(bad), bad)
        }
    }

    func testSevenInTheMorningLondonTimeInWinterAndSummer() {
        let time = ReminderTime.standard
        XCTAssertEqual(Timestamp.format(time.instant(on: day("2026-12-03"))), "2026-12-03T07:00:00Z")
        XCTAssertEqual(Timestamp.format(time.instant(on: day("2026-07-01"))), "2026-07-01T06:00:00Z")
        // BST starts at 01:00 UTC on 29 March 2026 and ends at 01:00 UTC on 25 October 2026.
        XCTAssertEqual(Timestamp.format(time.nextRun(after: instant("2026-03-28T08:00:00Z"))), "2026-03-29T06:00:00Z")
        XCTAssertEqual(Timestamp.format(time.nextRun(after: instant("2026-10-24T08:00:00Z"))), "2026-10-25T07:00:00Z")
        XCTAssertEqual(Timestamp.format(time.nextRun(after: instant("2026-12-03T06:59:00Z"))), "2026-12-03T07:00:00Z")
        XCTAssertEqual(Timestamp.format(time.nextRun(after: instant("2026-12-03T07:00:00Z"))), "2026-12-04T07:00:00Z")
    }

    func testTheLocalDayAndWhetherTheTimeHasPassed() {
        let time = ReminderTime.standard
        XCTAssertEqual(time.day(of: instant("2026-06-30T23:30:00Z")).iso, "2026-07-01", "half past midnight in summer")
        XCTAssertEqual(time.day(of: instant("2026-12-31T23:30:00Z")).iso, "2026-12-31")
        XCTAssertFalse(time.hasPassed(on: instant("2026-07-01T05:59:00Z")))
        XCTAssertTrue(time.hasPassed(on: instant("2026-07-01T06:00:00Z")))
        XCTAssertFalse(time.hasPassed(on: instant("2026-12-01T06:30:00Z")))
    }

    func testATimeTheClocksSkipRunsJustAfterTheGap() {
        let time = ReminderTime(hour: 1, minute: 30)!
        XCTAssertEqual(Timestamp.format(time.instant(on: day("2026-03-29"))), "2026-03-29T01:00:00Z")
    }

    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    private func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
}
