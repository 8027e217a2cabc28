import Foundation
import Glibc
import XCTest
@testable import HTTP

final class LogLineTests: XCTestCase {
    private let tenAM = timespec(tv_sec: 1_796_292_000, tv_nsec: 7_000_000)

    func testFormatIsTimestampLevelEventThenFieldsInOrder() {
        let line = LogLine("request", level: .info, [("id", "0a1b2c3d"), ("path", "/ects/12"), ("user", "42")], at: tenAM)
        XCTAssertEqual(line.description, "ts=2026-12-03T10:00:00.007Z level=info event=request id=0a1b2c3d path=/ects/12 user=42")
    }

    func testValuesWithSpacesQuotesOrNewlinesAreQuotedAndCannotStartASecondLine() {
        let line = LogLine("backup", level: .error, [("message", "failed: disk \"full\"\nlevel=info event=forged"), ("empty", "")], at: tenAM)
        XCTAssertEqual(line.description.split(separator: "\n").count, 1)
        XCTAssertTrue(line.description.hasSuffix(#"message="failed: disk \"full\"\nlevel=info event=forged" empty="""#), line.description)
    }

    func testEmailLookingValuesNeverAppear() {
        let values = ["someone@example.test", "sent to Jo.Bloggs@school.example.org today", "/search/someone%40example.test", "x%40Y"]
        for value in values {
            let text = LogLine("event", [("detail", value)]).description
            XCTAssertFalse(text.contains("@"), text)
            XCTAssertFalse(text.lowercased().contains("%40"), text)
            XCTAssertTrue(text.contains("[email]"), text)
        }
        XCTAssertTrue(LogLine("event", [("detail", "sent to a@b.example today")]).description.contains(#"detail="sent to [email] today""#))
    }

    func testAccessLogLineNamesRequestUserAndMilliseconds() {
        let line = AccessLog.line(requestID: "0000beef", method: "POST", path: "/sign-in", status: 303, bytes: 0,
                                  duration: .microseconds(3150), user: "7")
        let fields = line.split(separator: " ").map(String.init)
        XCTAssertTrue(fields[0].hasPrefix("ts=") && fields[0].hasSuffix("Z"), line)
        XCTAssertEqual(Array(fields[1...]), ["level=info", "event=request", "id=0000beef", "method=POST", "path=/sign-in",
                                             "status=303", "bytes=0", "ms=3.1", "user=7"])
        XCTAssertTrue(AccessLog.line(requestID: "1", method: "GET", path: "/", status: 500, bytes: 1, duration: .zero)
            .contains("level=error"))
    }

    /// `iso8601` writes its digits by hand: it must agree with `gmtime_r` read the plain way, with
    /// each field zero-padded, from 1970 to 2100 and at every millisecond edge.
    func testTimestampsMatchGmtimeWithZeroPaddedFields() {
        var generator = SystemRandomNumberGenerator()
        let stamps = (0..<3000).map { _ in
            timespec(tv_sec: Int.random(in: 0..<4_102_444_800, using: &generator), tv_nsec: Int.random(in: 0..<1_000_000_000, using: &generator))
        } + [timespec(tv_sec: 0, tv_nsec: 0), timespec(tv_sec: 951_782_400, tv_nsec: 999_999_999), timespec(tv_sec: 1_796_292_000, tv_nsec: 10_000_000)]
        for stamp in stamps {
            var seconds = stamp.tv_sec
            var parts = tm()
            gmtime_r(&seconds, &parts)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                                  parts.tm_hour, parts.tm_min, parts.tm_sec, Int32(stamp.tv_nsec / 1_000_000))
            XCTAssertEqual(LogLine.iso8601(stamp), expected)
        }
    }
}
