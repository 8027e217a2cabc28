/// School days across terms: the days an ECT is due in school (weekends, bank holidays, holidays
/// between terms and half terms excluded).
extension TermDates {
    /// School days in the closed range `from...through` (0 when `through` is before `from`).
    public func schoolDayCount(from: CalendarDate, through: CalendarDate, _ workingDays: WorkingDays) -> Int {
        guard from <= through else { return 0 }
        var term = term(onOrAfter: from)
        var count = 0
        while term.start <= through {
            count += term.schoolDays(workingDays).filter { from <= $0 && $0 <= through }.count
            term = self.term(after: term)
        }
        return count
    }

    /// The first school day after `date`.
    public func schoolDay(after date: CalendarDate, _ workingDays: WorkingDays) -> CalendarDate {
        var term = term(onOrAfter: date.adding(days: 1))
        for _ in 0..<6 {
            if let day = term.schoolDays(workingDays).first(where: { $0 > date }) { return day }
            term = self.term(after: term)
        }
        return date.adding(days: 1)
    }
}
