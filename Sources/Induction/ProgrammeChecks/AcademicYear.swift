/// An academic year named by the year it starts ("2026 to 2027"); it starts on 1 August, as the
/// term calendar's years do (`TermDates.academicYear(of:)`).
public struct AcademicYear: Sendable, Hashable, Comparable {
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    public init(containing date: CalendarDate) { startYear = TermDates.academicYear(of: date) }

    public var label: String { "\(startYear) to \(startYear + 1)" }

    public static func < (lhs: AcademicYear, rhs: AcademicYear) -> Bool { lhs.startYear < rhs.startYear }
}
