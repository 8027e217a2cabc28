/// The appropriate body's decision as stored (one per ECT's induction).
public struct InductionDecision: Sendable, Hashable {
    public let id: Int
    public let finalReportID: Int
    public let recommendationReceivedOn: CalendarDate
    public let outcome: InductionOutcome
    public let extensionTerms: TermsServed?
    public let decidedOn: CalendarDate
    public let ectToldInWritingOn: CalendarDate?
    public let noticesSentOn: CalendarDate?
    public let teachingRegulationAgencyToldOn: CalendarDate?
    public let recordedAt: String
}
