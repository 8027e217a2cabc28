import Foundation
import Induction

/// Stored timestamps ("2026-11-25T10:00:00Z", UTC) as people in England read them:
/// "25 November 2026, 10:00" in UK time (GMT or BST), 24-hour clock.
enum DisplayTime {
    static let ukZone = TimeZone(identifier: "Europe/London") ?? TimeZone(identifier: "UTC")!

    /// The stored text unchanged when it is not a timestamp we wrote.
    static func format(_ timestamp: String) -> String {
        guard let utc = parts(timestamp) else { return timestamp }
        guard utc.day.year >= 1996 else { return foundationFormat(utc) ?? timestamp }
        var day = utc.day
        var hour = utc.hour
        if isSummerTime(utc) {
            hour += 1
            if hour == 24 {
                hour = 0
                day = CalendarDate(dayNumber: day.dayNumber + 1)
            }
        }
        // Written as bytes: every timestamp on every page comes through here (two a row of the QA queue).
        var text: [UInt8] = []
        text.reserveCapacity(32)
        appendNumber(day.day, into: &text)
        text.append(UInt8(ascii: " "))
        text.append(contentsOf: CalendarDate.monthNames[day.month - 1].utf8)
        text.append(UInt8(ascii: " "))
        appendNumber(day.year, into: &text)
        text.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")])
        appendTwoDigits(hour, into: &text)
        text.append(UInt8(ascii: ":"))
        appendTwoDigits(utc.minute, into: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Summer Time Act 1972 as amended (EU rule since 1996): BST from 01:00 UTC on the last Sunday
    /// of March to 01:00 UTC on the last Sunday of October. Computed, not looked up.
    private static func isSummerTime(_ utc: Parts) -> Bool {
        switch utc.day.month {
        case 4...9: return true
        case 3:
            let change = lastSunday(month: 3, year: utc.day.year).day
            return utc.day.day > change || (utc.day.day == change && utc.hour >= 1)
        case 10:
            let change = lastSunday(month: 10, year: utc.day.year).day
            return utc.day.day < change || (utc.day.day == change && utc.hour < 1)
        default: return false
        }
    }

    private static func appendNumber(_ number: Int, into text: inout [UInt8]) {
        if number >= 10 { appendNumber(number / 10, into: &text) }
        text.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    private static func appendTwoDigits(_ number: Int, into text: inout [UInt8]) {
        text.append(UInt8(ascii: "0") + UInt8(number / 10))
        text.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    /// Parses exactly "YYYY-MM-DDTHH:MM:SSZ".
    static func date(_ timestamp: String) -> Date? {
        guard let utc = parts(timestamp) else { return nil }
        return Date(timeIntervalSince1970: Double(utc.day.dayNumber * 86_400 + utc.hour * 3600 + utc.minute * 60 + utc.second))
    }

    private struct Parts { let day: CalendarDate; let hour: Int; let minute: Int; let second: Int }

    private static func parts(_ timestamp: String) -> Parts? {
        // By bytes, without copying: the QA queue formats two of these a row.
        var timestamp = timestamp
        return timestamp.withUTF8 { bytes -> Parts? in
            guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
                  bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
                  let century = number(bytes[0], bytes[1]), let years = number(bytes[2], bytes[3]),
                  let month = number(bytes[5], bytes[6]), let dayOfMonth = number(bytes[8], bytes[9]),
                  let day = CalendarDate(year: century * 100 + years, month: month, day: dayOfMonth),
                  let hour = number(bytes[11], bytes[12]), let minute = number(bytes[14], bytes[15]),
                  let second = number(bytes[17], bytes[18]), hour < 24, minute < 60, second < 61 else { return nil }
            return Parts(day: day, hour: hour, minute: minute, second: second)
        }
    }

    private static func number(_ tens: UInt8, _ units: UInt8) -> Int? {
        guard (48...57).contains(tens), (48...57).contains(units) else { return nil }
        return Int(tens - 48) * 10 + Int(units - 48)
    }

    private static func lastSunday(month: Int, year: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: 31)!.onOrBefore(weekday: 7)
    }

    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// Before 1996 the UK's rules changed year by year: Foundation's time-zone database knows them.
    private static func foundationFormat(_ utc: Parts) -> String? {
        guard let instant = date(timestampText(utc)) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ukZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard let year = c.year, let month = c.month, let day = c.day, let hour = c.hour, let minute = c.minute,
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return date.ukLong + ", " + twoDigits(hour) + ":" + twoDigits(minute)
    }

    private static func timestampText(_ utc: Parts) -> String {
        utc.day.iso + "T" + twoDigits(utc.hour) + ":" + twoDigits(utc.minute) + ":" + twoDigits(utc.second) + "Z"
    }
}
