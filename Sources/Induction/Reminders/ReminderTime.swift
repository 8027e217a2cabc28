import Foundation

/// The local time of day the reminders run ("07:00" in Europe/London by default). Local, so the run
/// stays at 07:00 on the wall clock through the change to and from British Summer Time.
public struct ReminderTime: Sendable, Equatable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let timeZone: TimeZone

    public static let london = TimeZone(identifier: "Europe/London")!

    public init?(hour: Int, minute: Int, timeZone: TimeZone = ReminderTime.london) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
        self.timeZone = timeZone
    }

    /// Parses "HH:MM" (24-hour).
    public init?(_ text: String, timeZone: TimeZone = ReminderTime.london) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute, timeZone: timeZone)
    }

    public static let standard = ReminderTime(hour: 7, minute: 0)!

    public var description: String { String(format: "%02d:%02d", hour, minute) }

    /// The local calendar day of an instant.
    public func day(of instant: Date) -> CalendarDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The instant of this time on a local day. A time the clocks skip (01:30 on the spring change)
    /// is taken as the first moment after the gap.
    public func instant(on day: CalendarDate) -> Date {
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        return calendar.nextDate(after: calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
                                     .addingTimeInterval(-1),
                                 matching: DateComponents(hour: hour, minute: minute), matchingPolicy: .nextTime)
            ?? calendar.date(from: parts)!
    }

    /// Whether the run for the local day of `instant` is past its time.
    public func hasPassed(on instant: Date) -> Bool {
        instant >= self.instant(on: day(of: instant))
    }

    /// The next run after `instant`: today's if its time is still to come, else tomorrow's.
    public func nextRun(after instant: Date) -> Date {
        let today = day(of: instant)
        let run = self.instant(on: today)
        return run > instant ? run : self.instant(on: today.adding(days: 1))
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
