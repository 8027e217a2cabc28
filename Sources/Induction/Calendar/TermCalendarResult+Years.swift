/// Which induction year a day belongs to.
extension TermCalendarResult {
    /// The induction year (1, 2, …) a day of this period falls in, whether or not the ECT leaves
    /// before that year ends; nil before this period's first term or after the whole induction.
    public func inductionYear(of date: CalendarDate) -> Int? {
        guard let first = terms.first, date >= first.start else { return nil }
        return walk.years.first { date <= $0.termsServedOn }?.number
    }
}
