/// Where one ECT's end-of-induction decision stands on a day: the final assessment and its
/// recommendation, the decision if recorded, the representations, and every started clock.
public struct DecisionStatus: Sendable {
    public let ectID: Int
    public let ectName: String
    public let trn: String
    public let schoolName: String
    public let finalReportID: Int
    public let finalReportState: ReportState
    /// "satisfactory", "unsatisfactory" or "extension" (ReportForm.recommendations).
    public let recommendation: String
    public let completedOn: CalendarDate
    public let recommendationReceivedOn: CalendarDate
    public let decision: InductionDecision?
    public let representations: [ECTRepresentation]
    public let clocks: [StatutoryClock]
    public let today: CalendarDate

    public var recommendationLabel: String { ReportForm.recommendations[recommendation] ?? recommendation }

    public func clock(_ kind: StatutoryClockKind) -> StatutoryClock? { clocks.first { $0.kind == kind } }

    public var lateClocks: [StatutoryClock] { clocks.filter { $0.isLate(today: today) } }

    public var isLate: Bool { !lateClocks.isEmpty }
}
