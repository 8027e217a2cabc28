/// Walks the school days from the induction start, term by term, until the required length is
/// served: the engine behind `TermCalendar.compute`.
///
/// Units: a school day is a working day inside a term and outside its half term. A day in post earns FTE ÷ (school days in the
/// whole term) of a term, so a full term earns FTE × 1 term (SG 2.36) and a part term earns pro rata
/// by school days (SG 2.33–2.34). Sums are kept exactly as FTE percent-days per term and rounded half
/// up to thousandths of a term once per term (and for each day's running total).
///
/// Two counters run: `served` counts every day in post; the `clock` skips the days spent serving an
/// absence extension. When the clock reaches the end of an induction year (every 3 FTE terms, or the
/// required length) the year's absences are added up (`InductionYear`); if they extend it, the
/// following school days are extension days until FTE × days covers the extension, so an absence of
/// D days at 0.5 FTE takes 2 × D school days to make up.
struct TermWalk {
    struct Day {
        let date: CalendarDate
        let termIndex: Int
        let served: Int
        let isExtensionDay: Bool
    }

    struct VisitedTerm {
        let term: SchoolTerm
        /// Every school day of the calendar term, in post or not.
        let schoolDays: [CalendarDate]
        let firstDay: CalendarDate
        let lastDay: CalendarDate
        let fte: FTE
        let servedBefore: Int
        let served: Int
        let extensionDays: Int
    }

    static let maximumTerms = 400

    private(set) var days: [Day] = []
    private(set) var terms: [VisitedTerm] = []
    private(set) var years: [InductionYear] = []
    private(set) var endDate: CalendarDate?
    let termDates: TermDates
    let workingDays: WorkingDays

    init(_ input: TermCalendarInput) {
        let workingDays = WorkingDays(bankHolidays: input.bankHolidays)
        termDates = input.termDates
        self.workingDays = workingDays
        let carried = input.carriedOver.thousandths
        let target = input.requiredTerms.thousandths
        // SG 3.6: one year of induction is 3 FTE terms; the last year ends at the required length.
        let boundaries = stride(from: 3000, to: target, by: 3000).filter { $0 > carried } + [target]
        var boundaryIndex = 0
        var previousYearServedOn: CalendarDate?
        var servedOn: CalendarDate?
        var extensionLeft = 0  // FTE percent-days still to serve; > 0 means an extension is running
        var servedBase = carried
        var clockBase = carried
        var term = input.termDates.term(onOrAfter: input.startDate)
        // An ECT who starts in the term's first school week (INSET days, a mid-week first day) is
        // treated as starting with the term, so the term counts in full.
        let firstWeek = term.schoolDays(workingDays).prefix(TermCalendar.midTermStartSchoolDays)
        let countingStart = firstWeek.contains { $0 >= input.startDate } ? min(term.start, input.startDate) : input.startDate

        var termsLooked = 0
        while endDate == nil, termsLooked < Self.maximumTerms {
            termsLooked += 1
            defer { term = input.termDates.term(after: term) }
            let schoolDays = term.schoolDays(workingDays)
            let length = schoolDays.count
            var servedSum = 0, clockSum = 0, extensionDays = 0
            var first: CalendarDate?
            var last: CalendarDate?
            for date in schoolDays where date >= countingStart && endDate == nil {
                let fte = input.fte(on: date).percent
                first = first ?? date
                last = date
                servedSum += fte
                let isExtensionDay = extensionLeft > 0
                if isExtensionDay {
                    extensionDays += 1
                    extensionLeft -= fte
                } else {
                    clockSum += fte
                }
                days.append(Day(date: date, termIndex: terms.count,
                                served: servedBase + Self.thousandths(servedSum, length), isExtensionDay: isExtensionDay))
                if !isExtensionDay, clockSum * 10 >= (boundaries[boundaryIndex] - clockBase) * length {
                    servedOn = date
                    let year = Self.year(boundary: boundaries[boundaryIndex], servedOn: date, endDate: date,
                                         after: previousYearServedOn, input: input, workingDays)
                    extensionLeft = year.extensionDays * 100
                }
                if extensionLeft <= 0, let reached = servedOn {
                    // The year (and its extension, if any) is complete.
                    years.append(Self.year(boundary: boundaries[boundaryIndex], servedOn: reached, endDate: date,
                                           after: previousYearServedOn, input: input, workingDays))
                    previousYearServedOn = reached
                    servedOn = nil
                    extensionLeft = 0
                    boundaryIndex += 1
                    if boundaryIndex == boundaries.count { endDate = date }
                }
            }
            guard let first, let last else { continue }
            let served = Self.thousandths(servedSum, length)
            terms.append(VisitedTerm(term: term, schoolDays: schoolDays, firstDay: first, lastDay: last,
                                     fte: input.fte(on: first), servedBefore: servedBase, served: served,
                                     extensionDays: extensionDays))
            servedBase += served
            clockBase += Self.thousandths(clockSum, length)
        }
    }

    /// FTE percent-days over a term of `length` school days, in thousandths of a term, half up.
    static func thousandths(_ percentDays: Int, _ length: Int) -> Int {
        (percentDays * 10 * 2 + length) / (2 * length)
    }

    /// The induction year ending at `boundary`, with the days of absence between the previous
    /// year's terms being served and `servedOn` (`absenceDays`); the first year at this school also
    /// counts the absences of earlier periods in it (SG 3.6: the 30-day rule counts per induction
    /// year across schools).
    static func year(boundary: Int, servedOn: CalendarDate, endDate: CalendarDate,
                     after previous: CalendarDate?, input: TermCalendarInput, _ workingDays: WorkingDays) -> InductionYear {
        let own = input.absences.filter { $0.end >= input.startDate }
        let earlier = previous == nil ? input.earlierAbsences : []
        func total(_ include: (Absence) -> Bool) -> Int {
            own.filter(include).reduce(0) { $0 + absenceDays($1, after: previous, through: servedOn, input.termDates, workingDays) }
                + earlier.filter(include).reduce(0) { $0 + $1.days }
        }
        return InductionYear(
            number: (boundary - 1) / 3000 + 1,
            fteTermsAtEnd: TermsServed(thousandths: boundary),
            termsServedOn: servedOn,
            endDate: endDate,
            nonStatutoryDays: total(\.countsTowardThirtyDayRule),
            chosenStatutoryLeaveDays: total(\.extendsByChoice)
        )
    }
}
