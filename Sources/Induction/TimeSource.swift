import Foundation

/// Where "now" comes from, injected so that rules and reminders are testable.
public protocol TimeSource: Sendable {
    func now() -> Date
}

extension TimeSource {
    public var today: CalendarDate { CalendarDate(now()) }

    /// UTC timestamp as stored in the database, e.g. "2026-11-25T14:03:00Z".
    public var timestamp: String { Timestamp.format(now()) }
}

public struct SystemTimeSource: TimeSource {
    public init() {}
    public func now() -> Date { Date() }
}

public struct FixedTimeSource: TimeSource {
    public let instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}
