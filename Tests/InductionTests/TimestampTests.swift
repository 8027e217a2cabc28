import Foundation
import Induction
import XCTest

final class TimestampTests: XCTestCase {
    func testFormatsUTCWithSecondsLikeISO8601() {
        let iso = ISO8601DateFormatter()
        iso.timeZone = TimeZone(identifier: "UTC")
        var generator = SystemRandomNumberGenerator()
        // Whole and fractional seconds from 1970 to 2100, against Foundation's own formatter.
        for _ in 0..<2000 {
            let date = Date(timeIntervalSince1970: Double.random(in: 0..<4_102_444_800, using: &generator))
            XCTAssertEqual(Timestamp.format(date), iso.string(from: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))))
        }
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00Z")
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 1_764_063_000.999)), "2025-11-25T09:30:00Z", "fractions are dropped, never rounded up")
    }
}
