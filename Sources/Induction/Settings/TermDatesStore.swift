import SQLite

/// The appropriate body's term dates: England's defaults (`AcademicYearTerms.englandDefault`)
/// for every year, overridden by the years it has set in `term_dates`. Every calculation that
/// needs terms loads them here; `SaveTermDates` and `ResetTermDates` change them.
public struct TermDatesStore: Sendable {
    public init() {}

    /// Every stored year over the England defaults.
    public func load(_ connection: Connection) throws -> TermDates {
        TermDates(try connection.query("SELECT * FROM term_dates ORDER BY academic_year").map(Self.terms))
    }

    /// One year's terms: the AB's own if set, else England's defaults.
    public func terms(academicYear: Int, _ connection: Connection) throws -> AcademicYearTerms {
        try stored(academicYear: academicYear, connection) ?? .englandDefault(academicYear: academicYear)
    }

    /// The AB's own dates for a year, or nil when the year uses the defaults.
    public func stored(academicYear: Int, _ connection: Connection) throws -> AcademicYearTerms? {
        try connection.queryOne("SELECT * FROM term_dates WHERE academic_year = ?", [academicYear]).map(Self.terms)
    }

    /// A year saved before half terms were recorded (migration 006) has none stored: each term gets
    /// England's default half term when it falls inside the term, else none.
    private static func terms(_ row: Row) throws -> AcademicYearTerms {
        let year = try row.int("academic_year")
        func date(_ field: TermDateField) throws -> CalendarDate? {
            guard let text = try row.optionalString(field.column) else { return nil }
            guard let date = CalendarDate(iso: text) else { throw RecordDecodingError(table: "term_dates", column: field.column, id: year) }
            return date
        }
        func term(_ name: TermName) throws -> (start: CalendarDate, end: CalendarDate) {
            let fields = TermDateField.termBounds.filter { $0.term == name }
            let (start, end) = (fields[0], fields[1])
            guard let first = try date(start), let last = try date(end) else {
                throw RecordDecodingError(table: "term_dates", column: start.column, id: year)
            }
            return (first, last)
        }
        let bounds = try Dictionary(uniqueKeysWithValues: TermName.allCases.map { ($0, try term($0)) })
        let defaults = AcademicYearTerms.englandDefaultHalfTerms(academicYear: year)
        var halfTerms: [TermName: ClosedRange<CalendarDate>] = [:]
        for name in TermName.allCases {
            let (startField, endField) = TermDatesForm.halfTermFields(name)
            if let start = try date(startField), let end = try date(endField), start <= end {
                halfTerms[name] = start...end
            } else if let fallback = defaults[name], bounds[name]!.start < fallback.lowerBound, fallback.upperBound < bounds[name]!.end {
                halfTerms[name] = fallback
            }
        }
        guard let terms = AcademicYearTerms(academicYear: year, autumn: bounds[.autumn]!, spring: bounds[.spring]!,
                                            summer: bounds[.summer]!, halfTerms: halfTerms) else {
            throw RecordDecodingError(table: "term_dates", column: "academic_year", id: year)
        }
        return terms
    }
}
