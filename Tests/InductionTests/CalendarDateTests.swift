import Foundation
import InductDomainTestSupport
import Induction
import XCTest

final class CalendarDateTests: XCTestCase {
    func testParsesAndFormatsISOAndUKLong() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2026-09-03"))
        XCTAssertEqual(date.iso, "2026-09-03")
        XCTAssertEqual(date.ukLong, "3 September 2026")
    }

    func testRejectsImpossibleAndMalformedDates() {
        for text in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-9-3", "26-09-03", "2026-09-03T00:00", "", "２０２６-09-03"] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
        XCTAssertNotNil(CalendarDate(iso: "2028-02-29"), "leap year")
        XCTAssertNil(CalendarDate(iso: "2100-02-29"), "not a leap year")
    }

    func testOrdersChronologically() throws {
        let dates = ["2026-01-05", "2025-12-31", "2026-01-04"].compactMap(CalendarDate.init(iso:))
        XCTAssertEqual(dates.sorted().map(\.iso), ["2025-12-31", "2026-01-04", "2026-01-05"])
    }

    func testTodayComesFromTheInjectedTimeSource() {
        let time = TestFixtures.fixedTime
        XCTAssertEqual(time.today.iso, "2026-11-25")
        XCTAssertEqual(time.timestamp, "2026-11-25T10:00:00Z")
    }
}

final class CalendarDateFormattingTests: XCTestCase {
    func testISOTextRoundTripsForEveryDayOfSeveralYearsAndMatchesFoundation() {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withFullDate]
        iso.timeZone = TimeZone(identifier: "UTC")
        var instant = Date(timeIntervalSince1970: 946_684_800 + 43_200)  // noon, 1 January 2000
        for _ in 0..<(366 * 4) {
            let date = CalendarDate(instant)
            XCTAssertEqual(date.iso, iso.string(from: instant))
            XCTAssertEqual(CalendarDate(iso: date.iso), date)
            instant += 86_400
        }
        XCTAssertEqual(CalendarDate(year: 7, month: 3, day: 9)?.iso, "0007-03-09")
    }

    func testISOParsingRefusesAnythingButYYYYMMDD() {
        for text in ["2026-9-03", "2026-09-3", "2026/09/03", "2026-09-031", "２０２６-09-03", "2026-13-01", "2026-02-29",
                     "+026-09-03", "2026-0a-03", ""] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
        XCTAssertEqual(CalendarDate(iso: "2028-02-29"), CalendarDate(year: 2028, month: 2, day: 29))
    }
}
