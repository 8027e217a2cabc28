/// The term dates an appropriate body works to: its own for the years it has set, and England
/// defaults (`AcademicYearTerms.englandDefault`) for any other year.
public struct TermDates: Sendable {
    public private(set) var overrides: [Int: AcademicYearTerms]

    public init(_ years: [AcademicYearTerms] = []) {
        overrides = Dictionary(years.map { ($0.academicYear, $0) }, uniquingKeysWith: { _, last in last })
    }

    public static let englandDefaults = TermDates()

    public mutating func set(_ year: AcademicYearTerms) {
        overrides[year.academicYear] = year
    }

    public func year(_ academicYear: Int) -> AcademicYearTerms {
        overrides[academicYear] ?? .englandDefault(academicYear: academicYear)
    }

    /// The academic year a date belongs to: 1 August starts a new one.
    public static func academicYear(of date: CalendarDate) -> Int {
        date.month >= 8 ? date.year : date.year - 1
    }

    /// The first term that ends on or after `date`: the term containing it, or the next one when
    /// `date` falls in a holiday.
    public func term(onOrAfter date: CalendarDate) -> SchoolTerm {
        let academicYear = Self.academicYear(of: date)
        let candidates = year(academicYear - 1).terms + year(academicYear).terms + year(academicYear + 1).terms
        return candidates.first { $0.end >= date }!
    }

    /// The term after `term`.
    public func term(after term: SchoolTerm) -> SchoolTerm {
        switch term.name {
        case .autumn: year(term.academicYear).spring
        case .spring: year(term.academicYear).summer
        case .summer: year(term.academicYear + 1).autumn
        }
    }
}
