import Induction
import XCTest

/// The statutory clocks around the decision (domain.md "Decisions and clocks"), one table, one loop.
/// Expected dates were counted by hand from the England and Wales bank holidays
/// (BankHolidays+EnglandAndWales.swift): Christmas Day Fri 25 Dec 2026, Boxing Day (substitute)
/// Mon 28 Dec 2026, New Year's Day Fri 1 Jan 2027, Good Friday 26 Mar 2027, Easter Monday 29 Mar
/// 2027, early May Mon 3 May 2027, spring bank holiday Mon 31 May 2027.
///
/// Each clock reads "<kind> <due date>", then " late" when it is late on the row's today (met after
/// its due date, or not met and today is past it). The due date itself is in time.
final class StatutoryClocksTests: XCTestCase {
    struct Scenario {
        let name: String
        let dates: DecisionDates
        let today: String
        let clocks: [String]
    }

    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static func d(_ text: String?) -> CalendarDate? { text.map { CalendarDate(iso: $0)! } }

    static func dates(completed: String, received: String? = nil, representations: String? = nil, decided: String? = nil,
                      _ outcome: InductionOutcome? = nil, told: String? = nil, notices: String? = nil,
                      tra: String? = nil) -> DecisionDates {
        DecisionDates(completedOn: d(completed), recommendationReceivedOn: d(received), representationsReceivedOn: d(representations),
                      decidedOn: d(decided), outcome: outcome, ectToldInWritingOn: d(told), noticesSentOn: d(notices),
                      teachingRegulationAgencyToldOn: d(tra))
    }

    static let scenarios: [Scenario] = [
        // Christmas and New Year 2026/27.
        Scenario(name: "completed Fri 18 Dec 2026: the recommendation skips 25, 28 Dec and 1 Jan",
                 dates: dates(completed: "2026-12-18"), today: "2027-01-06",
                 clocks: ["recommendation 2027-01-06"]),
        Scenario(name: "recommendation not in by Thu 7 Jan 2027 is late",
                 dates: dates(completed: "2026-12-18"), today: "2027-01-07",
                 clocks: ["recommendation 2027-01-06 late"]),
        Scenario(name: "received Wed 23 Dec 2026, extension decided Thu 24 Dec, the TRA told late",
                 dates: dates(completed: "2026-12-18", received: "2026-12-23", representations: "2027-01-08", decided: "2026-12-24",
                              .extension, told: "2026-12-31", notices: "2026-12-31", tra: "2027-01-04"),
                 today: "2027-01-20",
                 clocks: ["recommendation 2027-01-06", "representations 2027-01-11", "decision 2027-01-25", "notices 2026-12-31",
                          "teachingRegulationAgency 2026-12-31 late", "appeal 2027-01-29"]),
        Scenario(name: "received Wed 23 Dec 2026, no decision by Tue 26 Jan 2027",
                 dates: dates(completed: "2026-12-18", received: "2026-12-23"), today: "2027-01-26",
                 clocks: ["recommendation 2027-01-06", "representations 2027-01-11 late", "decision 2027-01-25 late"]),
        Scenario(name: "received Mon 4 Jan 2027, no representations, a pass: no TRA notice, no appeal",
                 dates: dates(completed: "2026-12-18", received: "2027-01-04", decided: "2027-02-01", .pass, notices: "2027-02-04"),
                 today: "2027-02-10",
                 clocks: ["recommendation 2027-01-06", "representations 2027-01-18 late", "decision 2027-02-01", "notices 2027-02-04"]),
        // Easter 2027.
        Scenario(name: "completed Fri 19 Mar 2027: over Good Friday and Easter Monday",
                 dates: dates(completed: "2027-03-19", received: "2027-04-07"), today: "2027-04-07",
                 clocks: ["recommendation 2027-04-06 late", "representations 2027-04-21", "decision 2027-05-06"]),
        Scenario(name: "received and failed Thu 25 Mar 2027, told in writing Wed 31 Mar",
                 dates: dates(completed: "2027-03-19", received: "2027-03-25", decided: "2027-03-25", .fail, told: "2027-03-31",
                              notices: "2027-04-01", tra: "2027-04-01"),
                 today: "2027-04-28",
                 clocks: ["recommendation 2027-04-06", "representations 2027-04-12 late", "decision 2027-04-26",
                          "notices 2027-04-01", "teachingRegulationAgency 2027-04-01", "appeal 2027-04-28"]),
        Scenario(name: "Easter: notices sent Fri 2 Apr 2027 are a day late",
                 dates: dates(completed: "2027-03-19", received: "2027-03-25", representations: "2027-04-12", decided: "2027-03-25",
                              .extension, notices: "2027-04-02"),
                 today: "2027-04-02",
                 clocks: ["recommendation 2027-04-06", "representations 2027-04-12", "decision 2027-04-26",
                          "notices 2027-04-01 late", "teachingRegulationAgency 2027-04-01 late", "appeal 2027-04-30"]),
        // The early May and late-May bank holidays 2027.
        Scenario(name: "received Fri 23 Apr 2027: the decision skips Mon 3 May",
                 dates: dates(completed: "2027-04-16", received: "2027-04-23"), today: "2027-05-24",
                 clocks: ["recommendation 2027-04-30", "representations 2027-05-10 late", "decision 2027-05-24"]),
        Scenario(name: "completed Thu 20 May 2027: the recommendation skips Mon 31 May",
                 dates: dates(completed: "2027-05-20", received: "2027-06-04"), today: "2027-06-04",
                 clocks: ["recommendation 2027-06-04", "representations 2027-06-18", "decision 2027-07-02"]),
        Scenario(name: "received Mon 17 May 2027: the decision runs over the spring bank holiday",
                 dates: dates(completed: "2027-05-10", received: "2027-05-17"), today: "2027-06-15",
                 clocks: ["recommendation 2027-05-24", "representations 2027-06-01 late", "decision 2027-06-15"]),
        Scenario(name: "received and extended Fri 28 May 2027, told Thu 27 May in person and in writing",
                 dates: dates(completed: "2027-05-20", received: "2027-05-28", decided: "2027-05-28", .extension, told: "2027-05-27",
                              notices: "2027-06-03", tra: "2027-06-03"),
                 today: "2027-06-30",
                 clocks: ["recommendation 2027-06-04", "representations 2027-06-14 late", "decision 2027-06-28",
                          "notices 2027-06-03", "teachingRegulationAgency 2027-06-03", "appeal 2027-06-25"]),
        Scenario(name: "failed Fri 28 May 2027 and nothing sent by Fri 4 Jun",
                 dates: dates(completed: "2027-05-20", received: "2027-05-28", representations: "2027-06-14", decided: "2027-05-28",
                              .fail),
                 today: "2027-06-04",
                 clocks: ["recommendation 2027-06-04", "representations 2027-06-14", "decision 2027-06-28",
                          "notices 2027-06-03 late", "teachingRegulationAgency 2027-06-03 late"]),
    ]

    func testEveryScenario() {
        XCTAssertEqual(Set(Self.scenarios.map(\.name)).count, Self.scenarios.count, "scenario names are unique")
        var kindsSeen = Set<StatutoryClockKind>()
        for scenario in Self.scenarios {
            let clocks = StatutoryClocks().clocks(scenario.dates)
            let today = Self.d(scenario.today)
            XCTAssertEqual(clocks.map { "\($0.kind.rawValue) \($0.dueOn.iso)" + ($0.isLate(today: today) ? " late" : "") },
                           scenario.clocks, scenario.name)
            kindsSeen.formUnion(clocks.map(\.kind))
        }
        XCTAssertEqual(kindsSeen, Set(StatutoryClockKind.allCases), "every clock is checked")
    }

    /// Each clock's own function, start date to due date, across the same holidays.
    func testEachClockFunction() {
        let clocks = StatutoryClocks()
        let rows: [(String, (CalendarDate) -> CalendarDate, String, String)] = [
            ("recommendation", { clocks.recommendationDue(completedOn: $0) }, "2026-12-18", "2027-01-06"),
            ("recommendation", { clocks.recommendationDue(completedOn: $0) }, "2027-03-19", "2027-04-06"),
            ("recommendation", { clocks.recommendationDue(completedOn: $0) }, "2027-05-20", "2027-06-04"),
            ("representations", { clocks.representationsDue(recommendationReceivedOn: $0) }, "2026-12-23", "2027-01-11"),
            ("representations", { clocks.representationsDue(recommendationReceivedOn: $0) }, "2027-03-25", "2027-04-12"),
            ("representations", { clocks.representationsDue(recommendationReceivedOn: $0) }, "2027-05-28", "2027-06-14"),
            ("decision", { clocks.decisionDue(recommendationReceivedOn: $0) }, "2026-12-23", "2027-01-25"),
            ("decision", { clocks.decisionDue(recommendationReceivedOn: $0) }, "2027-03-25", "2027-04-26"),
            ("decision", { clocks.decisionDue(recommendationReceivedOn: $0) }, "2027-05-28", "2027-06-28"),
            ("notices", { clocks.noticesDue(decidedOn: $0) }, "2026-12-24", "2026-12-31"),
            ("notices", { clocks.noticesDue(decidedOn: $0) }, "2027-03-25", "2027-04-01"),
            ("notices", { clocks.noticesDue(decidedOn: $0) }, "2027-05-28", "2027-06-03"),
            ("tra", { clocks.teachingRegulationAgencyDue(decidedOn: $0) }, "2026-12-24", "2026-12-31"),
            ("tra", { clocks.teachingRegulationAgencyDue(decidedOn: $0) }, "2027-03-25", "2027-04-01"),
            ("tra", { clocks.teachingRegulationAgencyDue(decidedOn: $0) }, "2027-05-28", "2027-06-03"),
            ("appeal", { clocks.appealCloses(toldOn: $0) }, "2026-12-31", "2027-01-29"),
            ("appeal", { clocks.appealCloses(toldOn: $0) }, "2027-03-31", "2027-04-28"),
            ("appeal", { clocks.appealCloses(toldOn: $0) }, "2027-05-27", "2027-06-25"),
        ]
        for (name, clock, start, due) in rows {
            XCTAssertEqual(clock(Self.d(start)).iso, due, "\(name) from \(start)")
        }
    }

    func testTheClocksCountTheInjectedHolidays() {
        // With no bank holidays, 10 working days after Fri 18 Dec 2026 is Fri 1 Jan 2027.
        let plain = StatutoryClocks(workingDays: WorkingDays(bankHolidays: BankHolidays(dates: [], coveredYears: 2026...2027)))
        XCTAssertEqual(plain.recommendationDue(completedOn: Self.d("2026-12-18")).iso, "2027-01-01")
    }

    func testTheAppealWindowIsNeverLateOnlyClosed() {
        let appeal = StatutoryClock(kind: .appeal, startsOn: Self.d("2027-05-27"), dueOn: Self.d("2027-06-25"), metOn: nil)
        XCTAssertTrue(appeal.isOpen(today: Self.d("2027-06-25")))
        XCTAssertFalse(appeal.isOpen(today: Self.d("2027-06-28")))
        XCTAssertFalse(appeal.isLate(today: Self.d("2027-06-28")))
    }
}
