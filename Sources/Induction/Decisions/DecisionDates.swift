/// The dates the clocks start from and are met on, as recorded for one ECT's induction decision.
public struct DecisionDates: Sendable, Hashable {
    public var completedOn: CalendarDate
    public var recommendationReceivedOn: CalendarDate?
    public var representationsReceivedOn: CalendarDate?
    public var decidedOn: CalendarDate?
    public var outcome: InductionOutcome?
    public var ectToldInWritingOn: CalendarDate?
    public var noticesSentOn: CalendarDate?
    public var teachingRegulationAgencyToldOn: CalendarDate?

    public init(completedOn: CalendarDate, recommendationReceivedOn: CalendarDate? = nil,
                representationsReceivedOn: CalendarDate? = nil, decidedOn: CalendarDate? = nil,
                outcome: InductionOutcome? = nil, ectToldInWritingOn: CalendarDate? = nil,
                noticesSentOn: CalendarDate? = nil, teachingRegulationAgencyToldOn: CalendarDate? = nil) {
        self.completedOn = completedOn
        self.recommendationReceivedOn = recommendationReceivedOn
        self.representationsReceivedOn = representationsReceivedOn
        self.decidedOn = decidedOn
        self.outcome = outcome
        self.ectToldInWritingOn = ectToldInWritingOn
        self.noticesSentOn = noticesSentOn
        self.teachingRegulationAgencyToldOn = teachingRegulationAgencyToldOn
    }
}
