/// Each cohort's term calendar, computed once: every scale ECT of a cohort has the same start,
/// working pattern and term dates, so the same due items.
struct ScaleCalendars {
    let termDates: TermDates
    let today: CalendarDate
    private var dueByCohort: [String: [DueItem]] = [:]

    init(termDates: TermDates, today: CalendarDate) {
        self.termDates = termDates
        self.today = today
    }

    /// The items due on or before today; none when the calendar cannot be computed.
    mutating func dueSoFar(_ cohort: ScaleCohort) -> [DueItem] {
        let key = "\(cohort.start) \(cohort.ftePercent)"
        if let items = dueByCohort[key] { return items }
        var items: [DueItem] = []
        if let start = CalendarDate(iso: cohort.start), let fte = FTE(percent: cohort.ftePercent),
           let calendar = try? TermCalendar.compute(TermCalendarInput(startDate: start, fte: fte, termDates: termDates)) {
            items = calendar.dueItems.filter { $0.date <= today }
        }
        dueByCohort[key] = items
        return items
    }
}
