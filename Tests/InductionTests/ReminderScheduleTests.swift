import Induction
import XCTest

/// Issue 11 item 7: which reminder a report's people get on a day, one table, one loop. Dates were
/// worked out by hand from the GOV.UK bank holidays for England (2026: Good Friday 3 April, Easter
/// Monday 6 April, early May 4 May, Christmas 25 December, Boxing Day moved to Monday 28 December).
final class ReminderScheduleTests: XCTestCase {
    struct Scenario {
        let name: String
        let due: String
        var state: ReportState = .draft
        let today: String
        /// "stage occurs-on", or nil when nothing is due.
        let expected: String?
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "more than a week before", due: "2026-12-10", today: "2026-12-02", expected: nil),
        Scenario(name: "a week before", due: "2026-12-10", today: "2026-12-03", expected: "week-before 2026-12-03"),
        Scenario(name: "the day after the week before is still that stage", due: "2026-12-10", today: "2026-12-04",
                 expected: "week-before 2026-12-03"),
        Scenario(name: "the day before", due: "2026-12-10", today: "2026-12-09", expected: "day-before 2026-12-09"),
        Scenario(name: "the due day", due: "2026-12-10", today: "2026-12-10", expected: "due-day 2026-12-10"),
        Scenario(name: "the day after is overdue", due: "2026-12-10", today: "2026-12-11", expected: "overdue 2026-12-11"),
        Scenario(name: "nothing on a Saturday", due: "2026-12-10", today: "2026-12-12", expected: nil),
        Scenario(name: "overdue is still the latest on Monday", due: "2026-12-10", today: "2026-12-14", expected: "overdue 2026-12-11"),
        Scenario(name: "a week after overdue", due: "2026-12-10", today: "2026-12-18", expected: "weekly-overdue 2026-12-18"),
        Scenario(name: "nothing on Christmas Day", due: "2026-12-10", today: "2026-12-25", expected: nil),
        Scenario(name: "nothing on the Boxing Day substitute", due: "2026-12-10", today: "2026-12-28", expected: nil),
        Scenario(name: "the Christmas week's reminder comes after the holidays", due: "2026-12-10", today: "2026-12-29",
                 expected: "weekly-overdue 2026-12-25"),
        Scenario(name: "missed days send only the latest stage", due: "2026-12-10", today: "2026-12-22",
                 expected: "weekly-overdue 2026-12-18"),
        Scenario(name: "submitted gets nothing", due: "2026-12-10", state: .submitted, today: "2026-12-10", expected: nil),
        Scenario(name: "accepted gets nothing", due: "2026-12-10", state: .accepted, today: "2026-12-11", expected: nil),
        Scenario(name: "returned is reminded again", due: "2026-12-10", state: .returned, today: "2026-12-11",
                 expected: "overdue 2026-12-11"),
        Scenario(name: "awaiting signatures is still reminded", due: "2026-12-10", state: .awaitingSignatures, today: "2026-12-10",
                 expected: "due-day 2026-12-10"),
        Scenario(name: "due on the early May bank holiday: a week before", due: "2026-05-04", today: "2026-04-27",
                 expected: "week-before 2026-04-27"),
        Scenario(name: "due on the early May bank holiday: due day moves to the Friday", due: "2026-05-04", today: "2026-05-01",
                 expected: "due-day 2026-05-04"),
        Scenario(name: "due on the early May bank holiday: nothing on the holiday", due: "2026-05-04", today: "2026-05-04",
                 expected: nil),
        Scenario(name: "due on the early May bank holiday: overdue on the Tuesday", due: "2026-05-04", today: "2026-05-05",
                 expected: "overdue 2026-05-05"),
        Scenario(name: "due after Easter: the day before moves past two holidays", due: "2026-04-07", today: "2026-04-02",
                 expected: "day-before 2026-04-06"),
        Scenario(name: "due after Easter: nothing on Good Friday", due: "2026-04-07", today: "2026-04-03", expected: nil),
        Scenario(name: "due on a Saturday: due day on the Friday", due: "2026-12-12", today: "2026-12-11",
                 expected: "due-day 2026-12-12"),
        Scenario(name: "due on a Saturday: overdue on the Monday", due: "2026-12-12", today: "2026-12-14",
                 expected: "overdue 2026-12-13"),
    ]

    func testEveryScenario() {
        let schedule = ReminderSchedule()
        XCTAssertEqual(Set(Self.scenarios.map(\.name)).count, Self.scenarios.count, "scenario names are unique")
        for scenario in Self.scenarios {
            let due = schedule.due(dueOn: day(scenario.due), state: scenario.state, today: day(scenario.today))
            XCTAssertEqual(due.map { "\($0.stage.rawValue) \($0.occursOn.iso)" }, scenario.expected, scenario.name)
        }
    }

    func testTheWholeScheduleOfAReportDueBeforeChristmas() {
        let occurrences = ReminderSchedule().occurrences(dueOn: day("2026-12-10"), through: day("2027-01-05"))
        XCTAssertEqual(occurrences.map(\.description), [
            "week-before of 2026-12-03 sent 2026-12-03", "day-before of 2026-12-09 sent 2026-12-09",
            "due-day of 2026-12-10 sent 2026-12-10", "overdue of 2026-12-11 sent 2026-12-11",
            "weekly-overdue of 2026-12-18 sent 2026-12-18", "weekly-overdue of 2026-12-25 sent 2026-12-29",
            "weekly-overdue of 2027-01-01 sent 2027-01-04",
        ])
    }

    func testADueDateOnABankHolidayNeverRemindsOnAHolidayOrTwiceOnADay() {
        let occurrences = ReminderSchedule().occurrences(dueOn: day("2026-05-04"), through: day("2026-05-13"))
        XCTAssertEqual(occurrences.map(\.description), [
            "week-before of 2026-04-27 sent 2026-04-27", "due-day of 2026-05-04 sent 2026-05-01",
            "overdue of 2026-05-05 sent 2026-05-05", "weekly-overdue of 2026-05-12 sent 2026-05-12",
        ])
        let workingDays = WorkingDays()
        XCTAssertTrue(occurrences.allSatisfy { workingDays.isWorkingDay($0.sendOn) })
        XCTAssertEqual(Set(occurrences.map(\.sendOn)).count, occurrences.count)
    }

    func testUpcomingRemindersStartTodayAndStopForASubmittedReport() {
        let schedule = ReminderSchedule()
        XCTAssertEqual(schedule.upcoming(dueOn: day("2026-12-10"), state: .shared, from: day("2026-12-09")).map(\.description), [
            "day-before of 2026-12-09 sent 2026-12-09", "due-day of 2026-12-10 sent 2026-12-10", "overdue of 2026-12-11 sent 2026-12-11",
        ])
        XCTAssertEqual(schedule.upcoming(dueOn: day("2026-12-10"), state: .submitted, from: day("2026-12-09")), [])
        XCTAssertEqual(schedule.upcoming(dueOn: day("2026-12-10"), state: .draft, from: day("2027-01-02"), limit: 1).map(\.description),
                       ["weekly-overdue of 2027-01-01 sent 2027-01-04"])
    }

    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
