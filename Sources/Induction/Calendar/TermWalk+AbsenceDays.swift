/// How an absence's days are shared between induction years.
extension TermWalk {
    /// The days of `absence` that fall after `previous` and on or before `servedOn`.
    ///
    /// An absence across the end of an induction year counts in each year separately. Its recorded
    /// `days` (days the ECT was due to work and missed) are shared in proportion to the school days
    /// of each part: the days up to a year end are `days × school days up to it ÷ school days in
    /// the whole absence`, rounded half up, so the parts always add up to the recorded total
    /// (38 days over 16 school days before the end of year 1 and 22 after: 16 and 22). An absence
    /// with no school day in it at all belongs to the year it starts in.
    static func absenceDays(_ absence: Absence, after previous: CalendarDate?, through servedOn: CalendarDate,
                            _ termDates: TermDates, _ workingDays: WorkingDays) -> Int {
        func daysUpTo(_ cut: CalendarDate?) -> Int {
            guard let cut, cut >= absence.start else { return 0 }
            guard cut < absence.end else { return absence.days }
            let whole = termDates.schoolDayCount(from: absence.start, through: absence.end, workingDays)
            guard whole > 0 else { return absence.days }
            let part = termDates.schoolDayCount(from: absence.start, through: cut, workingDays)
            return (absence.days * part * 2 + whole) / (2 * whole)
        }
        return daysUpTo(servedOn) - daysUpTo(previous)
    }
}
