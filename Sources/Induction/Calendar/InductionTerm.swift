/// One calendar term the ECT works through in this induction period at this school.
public struct InductionTerm: Sendable, Hashable {
    /// 1, 2, … at this school.
    public let number: Int
    public let term: SchoolTerm
    /// The first and last days of induction in the term (the induction start, the end of the
    /// induction or the leaving date can cut the calendar term short).
    public let start: CalendarDate
    public let end: CalendarDate
    /// The working pattern on `start`.
    public let fte: FTE
    /// Terms served in this term (FTE × the share of the term's school days in post).
    public let served: TermsServed
    /// Terms served at `end`, carried-over terms included.
    public let servedAtEnd: TermsServed
    /// School days in the term spent serving an absence extension (SG 3.6–3.7).
    public let absenceExtensionDays: Int

}
