/// Everything the term calendar depends on. Change any of it and compute again.
public struct TermCalendarInput: Sendable {
    /// The agreed induction start date at this school (SG 2.11–2.16).
    public var startDate: CalendarDate
    /// The working pattern at the start; later patterns come from `fteChanges`.
    public var fte: FTE
    public var fteChanges: [FTEChange]
    /// This period's absences; any that ended before `startDate` are ignored (see `earlierAbsences`).
    public var absences: [Absence]
    /// Absences from earlier induction periods (other schools) that fall in the induction year in
    /// progress when this period starts: they count toward that year's 30-day rule (SG 3.6).
    public var earlierAbsences: [Absence]
    /// The AB's extensions (SG 3.8–3.10); their terms add up.
    public var extensions: [InductionExtension]
    /// The AB's reduction for prior experience (SG 3.2–3.5).
    public var reduction: InductionReduction?
    /// Terms served in an earlier induction period elsewhere (a transfer, SG 2.34), to one decimal.
    public var carriedOver: TermsServed
    /// The ECT leaves this school on this day (the last day in post).
    public var leavingDate: CalendarDate?
    public var termDates: TermDates
    public var bankHolidays: BankHolidays

    public init(startDate: CalendarDate, fte: FTE = .fullTime, fteChanges: [FTEChange] = [],
                absences: [Absence] = [], extensions: [InductionExtension] = [],
                reduction: InductionReduction? = nil, carriedOver: TermsServed = .zero,
                leavingDate: CalendarDate? = nil, termDates: TermDates = .englandDefaults,
                bankHolidays: BankHolidays = .englandAndWales, earlierAbsences: [Absence] = []) {
        self.startDate = startDate
        self.fte = fte
        self.fteChanges = fteChanges
        self.absences = absences
        self.earlierAbsences = earlierAbsences
        self.extensions = extensions
        self.reduction = reduction
        self.carriedOver = carriedOver
        self.leavingDate = leavingDate
        self.termDates = termDates
        self.bankHolidays = bankHolidays
    }

    /// The full length in FTE terms: 6 (SG 2.30), or the reduced length, plus every extension.
    public var requiredTerms: TermsServed {
        extensions.reduce(reduction?.terms ?? TermsServed(terms: 6)) { $0 + $1.terms }
    }

    /// The working pattern on `date`: the latest change in effect, else `fte`.
    public func fte(on date: CalendarDate) -> FTE {
        fteChanges.filter { $0.effective <= date }.max { $0.effective < $1.effective }?.fte ?? fte
    }
}
