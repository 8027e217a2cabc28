/// Which induction year a day belongs to.
extension TermCalendarResult {
    /// The induction year (1, 2, …) a day of this period falls in, whether or not the ECT leaves
    /// before that year ends; nil before this period's first term or after the whole induction.
    public func inductionYear(of date: CalendarDate) -> Int? {
        guard let first = terms.first, date >= first.start else { return nil }
        return walk.years.first { date <= $0.termsServedOn }?.number
    }

    /// The days of one of this period's absences that count in each induction year, in year order,
    /// leaving out years it has none in: an absence across the end of a year counts in both
    /// (`TermWalk.absenceDays`).
    public func daysByYear(of absence: Absence) -> [(year: Int, days: Int)] {
        var previous: CalendarDate?
        var parts: [(year: Int, days: Int)] = []
        for year in walk.years {
            let days = TermWalk.absenceDays(absence, after: previous, through: year.termsServedOn, walk.termDates, walk.workingDays)
            if days > 0 { parts.append((year.number, days)) }
            previous = year.termsServedOn
        }
        return parts
    }
}
