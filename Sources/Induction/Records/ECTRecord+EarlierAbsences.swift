/// SG 3.6 across schools: the 30-day rule counts per induction year, wherever the days were.
extension ECTRecord {
    /// The absences recorded in earlier periods that fall in the induction year in progress when
    /// this period starts: none when this period starts a new year (whole years carried over),
    /// every earlier one while year 1 is in progress, and otherwise those that began after the day
    /// the earlier period's calendar reached the last whole year.
    public var earlierAbsencesInCurrentYear: [Absence] {
        let earlier = absences.map(\.absence).filter { $0.end < startDate }
        let carried = termsServedElsewhere.thousandths
        guard !earlier.isEmpty, carried % 3000 != 0 else { return [] }
        guard carried > 3000 else { return earlier }
        guard let began = currentYearBegan(carried: carried) else { return [] }
        return earlier.filter { $0.start > began }
    }

    /// The day the earlier period in which the terms served passed the last multiple of 3 reached it.
    private func currentYearBegan(carried: Int) -> CalendarDate? {
        let boundary = carried / 3000 * 3000
        var before = carried - earlierPeriods.reduce(0) { $0 + ($1.termsServed?.thousandths ?? 0) }
        for period in earlierPeriods {
            let after = before + (period.termsServed?.thousandths ?? 0)
            defer { before = after }
            guard before < boundary, boundary <= after else { continue }
            let input = TermCalendarInput(
                startDate: period.startDate, fte: ect.fte, fteChanges: fteChanges,
                absences: absences.map(\.absence).filter { $0.start >= period.startDate && $0.start <= (period.endDate ?? $0.start) },
                carriedOver: TermsServed(thousandths: before), leavingDate: period.endDate, termDates: termDates)
            return (try? TermCalendar.compute(input))?.years.last { $0.fteTermsAtEnd.thousandths == boundary }?.termsServedOn
        }
        return nil
    }
}
