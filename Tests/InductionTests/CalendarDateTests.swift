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
