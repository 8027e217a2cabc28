import Foundation
import Induction

/// Stored timestamps ("2026-11-25T10:00:00Z", UTC) as people in England read them:
/// "25 November 2026, 10:00" in UK time (GMT or BST), 24-hour clock.
enum DisplayTime {
    static let ukZone = TimeZone(identifier: "Europe/London") ?? TimeZone(identifier: "UTC")!

    /// The stored text unchanged when it is not a timestamp we wrote.
    static func format(_ timestamp: String) -> String {
        guard let instant = date(timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ukZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute,
              let date = CalendarDate(year: year, month: month, day: day) else { return timestamp }
        return date.ukLong + ", " + String(format: "%02d:%02d", hour, minute)
    }

    /// Parses exactly "YYYY-MM-DDTHH:MM:SSZ".
    static func date(_ timestamp: String) -> Date? {
        let utf8 = Array(timestamp.utf8)
        guard utf8.count == 20, utf8[10] == UInt8(ascii: "T"), utf8[19] == UInt8(ascii: "Z"),
              let day = CalendarDate(iso: String(decoding: utf8[0..<10], as: UTF8.self)) else { return nil }
        let clock = String(decoding: utf8[11..<19], as: UTF8.self).split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
              hour < 24, minute < 60, second < 61 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second))
    }
}
