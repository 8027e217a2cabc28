import Foundation
import Induction
import XCTest

final class CalendarBankHolidaysTests: XCTestCase {
    private struct Feed: Decodable {
        struct Event: Decodable, Equatable {
            let date: String
            let title: String
        }
        let source: String
        let division: String
        let events: [Event]
    }

    private func feed() throws -> Feed {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Induction/Calendar/Data/bank-holidays-england-and-wales.json")
        return try JSONDecoder().decode(Feed.self, from: Data(contentsOf: url))
    }

    func testSwiftTableEqualsTheJSONFeedExactly() throws {
        let feed = try feed()
        XCTAssertEqual(BankHolidays.englandAndWalesSource, feed.source)
        XCTAssertEqual(BankHolidays.englandAndWalesDivision, feed.division)
        XCTAssertEqual(BankHolidays.englandAndWalesEvents.map { Feed.Event(date: $0.date, title: $0.title) }, feed.events)
        XCTAssertEqual(BankHolidays.englandAndWales.dates, Set(feed.events.map { CalendarDate(iso: $0.date)! }))
        let years = feed.events.map { Int($0.date.prefix(4))! }
        XCTAssertEqual(BankHolidays.englandAndWales.coveredYears, years.min()!...years.max()!)
    }

    func testTheFeedAnswersForItsYears() {
        let holidays = BankHolidays.englandAndWales
        XCTAssertTrue(holidays.contains(day("2022-09-19")), "state funeral: only the feed knows")
        XCTAssertTrue(holidays.contains(day("2026-12-28")), "Boxing Day substitute")
        XCTAssertFalse(holidays.contains(day("2026-12-26")), "a Saturday is not itself the holiday")
        XCTAssertFalse(holidays.contains(day("2022-05-30")), "2022's spring holiday moved to 2 June")
    }

    func testStandingRulesMatchTheFeedExceptOneOffDays() throws {
        let feed = try feed()
        let oneOffs: [Int: Set<String>] = [
            2012: ["2012-05-28", "2012-06-04", "2012-06-05"],            // moved spring holiday, jubilee
            2020: ["2020-05-04", "2020-05-08"],                          // VE day moved early May
            2022: ["2022-05-30", "2022-06-02", "2022-06-03", "2022-09-19"],  // moved spring, jubilee, funeral
            2023: ["2023-05-08"],                                        // coronation
        ]
        for year in 2012...2028 {
            let fromFeed = Set(feed.events.filter { $0.date.hasPrefix("\(year)-") }.map(\.date))
            let fromRules = Set(BankHolidays.standingRules(year: year).map(\.iso))
            XCTAssertEqual(fromFeed.symmetricDifference(fromRules), oneOffs[year] ?? [], "\(year)")
        }
    }

    func testYearsAfterTheFeedUseTheStandingRules() {
        let holidays = BankHolidays.englandAndWales
        // 2029: New Year Monday; Easter 1 April; Christmas Tuesday.
        for iso in ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27",
                    "2029-12-25", "2029-12-26", "2032-12-27", "2032-12-28", "2033-12-26", "2033-12-27"] {
            XCTAssertTrue(holidays.contains(day(iso)), iso)
        }
        XCTAssertFalse(holidays.contains(day("2029-12-27")))
        XCTAssertFalse(BankHolidays.none.contains(day("2029-12-25")))
    }

    func testEasterSundays() {
        let known = ["2008-03-23", "2011-04-24", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28",
                     "2038-04-25", "2285-03-22"]
        for iso in known {
            let easter = day(iso)
            XCTAssertEqual(BankHolidays.easterSunday(year: easter.year), easter)
            XCTAssertTrue(BankHolidays.standingRules(year: easter.year).isSuperset(of: [easter.adding(days: -2), easter.adding(days: 1)]),
                          "Good Friday and Easter Monday around \(iso)")
        }
    }

    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
