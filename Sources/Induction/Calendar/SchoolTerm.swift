/// One calendar term of one academic year: e.g. autumn 2026 runs 1 September to 18 December 2026,
/// with its half-term break 26 to 30 October. `academicYear` is the year the academic year starts
/// (autumn 2026, spring 2027 and summer 2027 are all academic year 2026).
public struct SchoolTerm: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let academicYear: Int
    public let name: TermName
    public let start: CalendarDate
    public let end: CalendarDate
    /// The half-term break (first and last day), strictly inside the term; nil when none is recorded.
    public let halfTerm: ClosedRange<CalendarDate>?

    public init?(academicYear: Int, name: TermName, start: CalendarDate, end: CalendarDate,
                 halfTerm: ClosedRange<CalendarDate>? = nil) {
        guard start <= end else { return nil }
        if let halfTerm, !(start < halfTerm.lowerBound && halfTerm.upperBound < end) { return nil }
        self.academicYear = academicYear
        self.name = name
        self.start = start
        self.end = end
        self.halfTerm = halfTerm
    }

    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    public func isInHalfTerm(_ date: CalendarDate) -> Bool { halfTerm?.contains(date) ?? false }

    /// "Autumn 2026", "Spring 2027": the calendar year the term falls in.
    public var label: String { "\(name.label) \(name == .autumn ? academicYear : academicYear + 1)" }

    public var description: String { "\(label) (\(start.iso)–\(end.iso))" }

    public static func < (lhs: SchoolTerm, rhs: SchoolTerm) -> Bool {
        (lhs.academicYear, lhs.name) < (rhs.academicYear, rhs.name)
    }
}
