import Foundation
import InductDomainTestSupport
import Induction
import Synchronization
import XCTest

/// Issue 11 item 7: the scheduler inside the server runs the day's reminders at 07:00 London time,
/// at once on start-up when the day's run is owed, and never twice a day.
final class ReminderSchedulerTests: XCTestCase {
    private var fixture: ReminderFixture!
    private var reportID = 0

    override func setUpWithError() throws {
        fixture = try ReminderFixture(at: "2026-12-03T06:30:00Z")
        reportID = try fixture.report(dueOn: "2026-12-10")
    }

    private func scheduler() -> ReminderScheduler { ReminderScheduler(store: fixture.store) }

    func testNothingBeforeSevenThenOneRunAndARestartLaterThatDayRunsNothing() throws {
        XCTAssertFalse(try scheduler().isRunOwed())
        XCTAssertNil(scheduler().runIfOwed())
        XCTAssertEqual(scheduler().secondsUntilNextCheck(), 1800)
        fixture.set("2026-12-03T07:00:00Z")
        XCTAssertTrue(try scheduler().isRunOwed())
        XCTAssertEqual(scheduler().runIfOwed(), 3)
        XCTAssertNil(scheduler().runIfOwed())
        fixture.set("2026-12-03T13:15:00Z")
        let restarted = scheduler()
        XCTAssertFalse(try restarted.isRunOwed())
        XCTAssertNil(restarted.runIfOwed())
        XCTAssertEqual(try fixture.sent(reportID).count, 3)
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM audit_events WHERE action = 'reminders.sent'"), 1)
        XCTAssertEqual(restarted.secondsUntilNextCheck(), 3600, "sleeps at most an hour at a time")
    }

    func testStartedAfterTheTimeOnADayAfterTheServerWasDownItCatchesUpOnce() throws {
        fixture.set("2026-12-03T08:00:00Z")
        XCTAssertEqual(scheduler().runIfOwed(), 3)
        fixture.set("2026-12-11T10:30:00Z")
        let restarted = scheduler()
        XCTAssertEqual(restarted.runIfOwed(), 3)
        XCTAssertNil(restarted.runIfOwed())
        XCTAssertEqual(try fixture.sent(reportID).map { String($0.prefix(18)) }, [
            "week-before 2026-1", "week-before 2026-1", "week-before 2026-1", "overdue 2026-12-11", "overdue 2026-12-11", "overdue 2026-12-11",
        ])
    }

    func testInSummerTheRunIsAtSixUTC() throws {
        let id = try fixture.report(dueOn: "2026-07-08")
        fixture.set("2026-07-01T05:59:00Z")
        XCTAssertNil(scheduler().runIfOwed())
        fixture.set("2026-07-01T06:00:00Z")
        XCTAssertEqual(scheduler().runIfOwed(), 3)
        XCTAssertEqual(try fixture.sent(id).first?.hasPrefix("week-before 2026-07-01"), true)
    }

    func testTheBackgroundLoopRunsAnOwedDayOnStartAndStops() throws {
        fixture.set("2026-12-03T09:00:00Z")
        let lines = Mutex<[String]>([])
        let running = ReminderScheduler(store: fixture.store) { line in lines.withLock { $0.append(line) } }
        running.start()
        running.start()
        let deadline = Date().addingTimeInterval(10)
        while lines.withLock({ $0.isEmpty }) && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        running.stop()
        XCTAssertEqual(lines.withLock { $0 }, ["reminders for 2026-12-03: 3 sent"])
        XCTAssertEqual(try fixture.sent(reportID).count, 3)
    }
}
