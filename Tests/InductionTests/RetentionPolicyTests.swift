import Induction
import XCTest

/// SG 2.77, 5.3: kept six years after induction ends, due the day after the sixth anniversary.
final class RetentionPolicyTests: XCTestCase {
    func testDueOnlyAfterTheSixthAnniversary() throws {
        let cases: [(ended: String, today: String, due: Bool)] = [
            ("2026-07-20", "2032-07-19", false),
            ("2026-07-20", "2032-07-20", false),
            ("2026-07-20", "2032-07-21", true),
            ("2026-07-20", "2026-07-20", false),
            ("2026-07-20", "2040-01-01", true),
            ("2026-12-31", "2032-12-31", false),
            ("2026-12-31", "2033-01-01", true),
            // 29 February's anniversary in a common year is 1 March, the later reading.
            ("2028-02-29", "2034-02-28", false),
            ("2028-02-29", "2034-03-01", false),
            ("2028-02-29", "2034-03-02", true),
            // Into a leap year: 28 February stays 28 February.
            ("2026-02-28", "2032-02-28", false),
            ("2026-02-28", "2032-02-29", true),
            ("2026-03-01", "2032-03-01", false),
            ("2026-03-01", "2032-03-02", true),
        ]
        let policy = RetentionPolicy()
        for (ended, today, due) in cases {
            let endedOn = try XCTUnwrap(CalendarDate(iso: ended))
            let on = try XCTUnwrap(CalendarDate(iso: today))
            XCTAssertEqual(policy.isDue(endedOn: endedOn, today: on), due, "ended \(ended), today \(today)")
        }
        XCTAssertEqual(policy.sixthAnniversary(of: try XCTUnwrap(CalendarDate(iso: "2028-02-29"))).iso, "2034-03-01")
    }
}
