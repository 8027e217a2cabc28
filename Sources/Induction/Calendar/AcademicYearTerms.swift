/// The autumn, spring and summer terms of one academic year, as an appropriate body sets them,
/// each with its half-term break.
public struct AcademicYearTerms: Sendable, Hashable {
    public let academicYear: Int
    public let autumn: SchoolTerm
    public let spring: SchoolTerm
    public let summer: SchoolTerm

    /// Nil unless the three terms are in order, do not overlap and fall between 1 August of
    /// `academicYear` and 31 August of the next year, and each half term falls strictly inside its term.
    public init?(academicYear: Int,
                 autumn: (start: CalendarDate, end: CalendarDate),
                 spring: (start: CalendarDate, end: CalendarDate),
                 summer: (start: CalendarDate, end: CalendarDate),
                 halfTerms: [TermName: ClosedRange<CalendarDate>] = [:]) {
        guard let first = CalendarDate(year: academicYear, month: 8, day: 1),
              let last = CalendarDate(year: academicYear + 1, month: 8, day: 31),
              first <= autumn.start, autumn.end < spring.start, spring.end < summer.start, summer.end <= last,
              let autumnTerm = SchoolTerm(academicYear: academicYear, name: .autumn, start: autumn.start, end: autumn.end,
                                          halfTerm: halfTerms[.autumn]),
              let springTerm = SchoolTerm(academicYear: academicYear, name: .spring, start: spring.start, end: spring.end,
                                          halfTerm: halfTerms[.spring]),
              let summerTerm = SchoolTerm(academicYear: academicYear, name: .summer, start: summer.start, end: summer.end,
                                          halfTerm: halfTerms[.summer])
        else { return nil }
        self.academicYear = academicYear
        self.autumn = autumnTerm
        self.spring = springTerm
        self.summer = summerTerm
    }

    public var terms: [SchoolTerm] { [autumn, spring, summer] }

    public func term(_ name: TermName) -> SchoolTerm {
        switch name {
        case .autumn: autumn
        case .spring: spring
        case .summer: summer
        }
    }

    /// Typical England dates, used until the appropriate body sets the year's own:
    /// - autumn: 1 September (the Monday after, if a weekend) to the Friday on or before 20 December;
    ///   half term Monday to Friday of the last full week of October;
    /// - spring: the first Monday on or after 2 January to the Thursday before Good Friday; half term
    ///   Monday to Friday of the week of the third Monday in February;
    /// - summer: the Monday two weeks after Easter Monday to 22 July (the Friday before, if a weekend);
    ///   half term Monday to Friday of the week of the spring bank holiday (the last Monday in May).
    public static func englandDefault(academicYear year: Int) -> AcademicYearTerms {
        let september1 = CalendarDate(year: year, month: 9, day: 1)!
        let autumnStart = september1.isWeekend ? september1.onOrAfter(weekday: 1) : september1
        let autumnEnd = CalendarDate(year: year, month: 12, day: 20)!.onOrBefore(weekday: 5)
        let springStart = CalendarDate(year: year + 1, month: 1, day: 2)!.onOrAfter(weekday: 1)
        let easter = BankHolidays.easterSunday(year: year + 1)
        let springEnd = easter.adding(days: -3)
        let summerStart = easter.adding(days: 15)
        let july22 = CalendarDate(year: year + 1, month: 7, day: 22)!
        let summerEnd = july22.isWeekend ? july22.onOrBefore(weekday: 5) : july22
        return AcademicYearTerms(academicYear: year,
                                 autumn: (autumnStart, autumnEnd),
                                 spring: (springStart, springEnd),
                                 summer: (summerStart, summerEnd),
                                 halfTerms: englandDefaultHalfTerms(academicYear: year))!
    }

    /// The England default half terms of `englandDefault`, Monday to Friday.
    public static func englandDefaultHalfTerms(academicYear year: Int) -> [TermName: ClosedRange<CalendarDate>] {
        let week = { (monday: CalendarDate) in monday...monday.adding(days: 4) }
        let lastOctoberFriday = CalendarDate(year: year, month: 10, day: 31)!.onOrBefore(weekday: 5)
        let thirdFebruaryMonday = CalendarDate(year: year + 1, month: 2, day: 1)!.onOrAfter(weekday: 1).adding(days: 14)
        let lastMayMonday = CalendarDate(year: year + 1, month: 5, day: 31)!.onOrBefore(weekday: 1)
        return [.autumn: week(lastOctoberFriday.adding(days: -4)), .spring: week(thirdFebruaryMonday),
                .summer: week(lastMayMonday)]
    }
}
