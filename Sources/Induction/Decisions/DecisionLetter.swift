/// What a decision letter says (issue 10 item 4), from the decision and the AB's details: the
/// outcome, and for a fail or an extension the ECT's right of appeal to the Teaching Regulation
/// Agency within 20 working days (SG 2.70).
public struct DecisionLetter: Sendable {
    public let status: DecisionStatus
    public let decision: InductionDecision
    public let appropriateBodyName: String
    public let contactName: String
    public let contactEmail: String
    /// The school's headteachers, for the letter to the headteacher.
    public let headteachers: [String]

    public var outcomeSentence: String {
        switch decision.outcome {
        case .pass: "has completed the induction period satisfactorily: a pass."
        case .fail: "has not completed the induction period satisfactorily: a fail."
        case .extension: "is to have the induction period extended by \(decision.extensionTerms?.oneDecimal ?? "") terms."
        }
    }

    /// The last day to appeal, for a fail or an extension.
    public var appealBy: CalendarDate? {
        decision.outcome == .pass ? nil : status.clock(.appeal)?.dueOn
    }
}
