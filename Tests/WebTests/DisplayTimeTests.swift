import Foundation
@testable import Web
import XCTest

/// UK time computed from the Summer Time rule, checked against Foundation's time-zone database.
final class DisplayTimeTests: XCTestCase {
    private func foundation(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.day!) \(months[c.month! - 1]) \(c.year!), \(two(c.hour!)):\(two(c.minute!))"
    }

    private func stamp(_ instant: Date) -> String {
        let iso = ISO8601DateFormatter()
        iso.timeZone = TimeZone(identifier: "UTC")
        return iso.string(from: instant)
    }

    func testAgreesWithTheTimeZoneDatabaseFrom1990To2090() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let instant = Date(timeIntervalSince1970: Double(Int.random(in: 631_152_000..<3_786_912_000, using: &generator)))
            XCTAssertEqual(DisplayTime.format(stamp(instant)), foundation(instant), stamp(instant))
        }
    }

    func testTheClockChangesAtOneInTheMorningUTCOnTheLastSundays() {
        XCTAssertEqual(DisplayTime.format("2026-03-29T00:59:59Z"), "29 March 2026, 00:59")
        XCTAssertEqual(DisplayTime.format("2026-03-29T01:00:00Z"), "29 March 2026, 02:00")
        XCTAssertEqual(DisplayTime.format("2026-10-25T00:59:00Z"), "25 October 2026, 01:59")
        XCTAssertEqual(DisplayTime.format("2026-10-25T01:00:00Z"), "25 October 2026, 01:00")
        XCTAssertEqual(DisplayTime.format("2026-06-30T23:30:00Z"), "1 July 2026, 00:30", "BST moves the day on")
        XCTAssertEqual(DisplayTime.format("2026-12-31T23:30:00Z"), "31 December 2026, 23:30")
    }

    func testAnythingButATimestampWeWroteIsShownAsItIs() {
        for text in ["", "2026-11-25", "2026-11-25T10:00:00", "2026-11-25 10:00:00Z", "2026-11-25T24:00:00Z", "2026-02-30T10:00:00Z",
                     "2026-11-25T1a:00:00Z"] {
            XCTAssertEqual(DisplayTime.format(text), text)
        }
        XCTAssertEqual(DisplayTime.date("2026-11-25T10:00:05Z"), ISO8601DateFormatter().date(from: "2026-11-25T10:00:05Z"))
    }
}
