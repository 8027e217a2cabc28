/// SG 2.77, 5.3: an ECT's records are kept for at least six years after induction ends, then
/// deleted or anonymised. A record is due once the sixth anniversary of the day induction ended
/// has passed ("more than six years"); the anniversary of 29 February in a common year is 1 March,
/// the later reading, so a record is never removed early.
public struct RetentionPolicy: Sendable {
    public static let yearsKept = 6

    public init() {}

    public func sixthAnniversary(of endedOn: CalendarDate) -> CalendarDate {
        let year = endedOn.year + Self.yearsKept
        return CalendarDate(year: year, month: endedOn.month, day: endedOn.day)
            ?? CalendarDate(year: year, month: endedOn.month, day: 1)!.adding(days: endedOn.day - 1)
    }

    public func isDue(endedOn: CalendarDate, today: CalendarDate) -> Bool {
        today > sixthAnniversary(of: endedOn)
    }
}
