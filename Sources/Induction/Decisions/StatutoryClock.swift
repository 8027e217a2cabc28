/// One statutory clock: when it started, when it is due, and the day it was met (nil while not yet).
public struct StatutoryClock: Sendable, Hashable {
    public let kind: StatutoryClockKind
    public let startsOn: CalendarDate
    public let dueOn: CalendarDate
    public let metOn: CalendarDate?

    public init(kind: StatutoryClockKind, startsOn: CalendarDate, dueOn: CalendarDate, metOn: CalendarDate?) {
        self.kind = kind
        self.startsOn = startsOn
        self.dueOn = dueOn
        self.metOn = metOn
    }

    /// Met after its due date, or not met and `today` is past it. The due date itself is in time.
    public func isLate(today: CalendarDate) -> Bool {
        guard kind.canBeLate else { return false }
        if let metOn { return metOn > dueOn }
        return today > dueOn
    }

    /// For the appeal: whether the window is still open on `today`.
    public func isOpen(today: CalendarDate) -> Bool { metOn == nil && today <= dueOn }
}
