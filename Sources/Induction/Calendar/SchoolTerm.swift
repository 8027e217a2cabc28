/// One calendar term of one academic year: e.g. autumn 2026 runs 1 September to 18 December 2026.
/// `academicYear` is the year the academic year starts (autumn 2026, spring 2027 and summer 2027
/// are all academic year 2026).
public struct SchoolTerm: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let academicYear: Int
    public let name: TermName
    public let start: CalendarDate
    public let end: CalendarDate

    public init?(academicYear: Int, name: TermName, start: CalendarDate, end: CalendarDate) {
        guard start <= end else { return nil }
        self.academicYear = academicYear
        self.name = name
        self.start = start
        self.end = end
    }

    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// "Autumn 2026", "Spring 2027": the calendar year the term falls in.
    public var label: String { "\(name.label) \(name == .autumn ? academicYear : academicYear + 1)" }

    public var description: String { "\(label) (\(start.iso)–\(end.iso))" }

    public static func < (lhs: SchoolTerm, rhs: SchoolTerm) -> Bool {
        (lhs.academicYear, lhs.name) < (rhs.academicYear, rhs.name)
    }
}
