/// The officer's decision as entered: the outcome, an extension's length, the day it was decided
/// and, for a fail, the day the ECT was told in writing.
public struct InductionOutcomeEntry: Sendable, Hashable {
    public var outcome: InductionOutcome
    public var extensionTerms: TermsServed?
    public var decidedOn: CalendarDate
    public var ectToldInWritingOn: CalendarDate?

    public init(outcome: InductionOutcome, extensionTerms: TermsServed? = nil, decidedOn: CalendarDate,
                ectToldInWritingOn: CalendarDate? = nil) {
        self.outcome = outcome
        self.extensionTerms = extensionTerms
        self.decidedOn = decidedOn
        self.ectToldInWritingOn = ectToldInWritingOn
    }

    /// The refusal for what the entry itself gets wrong, against the recommendation's receipt and today.
    func problem(receivedOn: CalendarDate, today: CalendarDate) -> DecisionRefusal? {
        switch (outcome, extensionTerms) {
        case (.extension, nil): return .extensionTermsNeeded
        case (.extension, let terms?) where !terms.isWholeTenths || !InductionExtension.allowedTerms.contains(terms):
            return .extensionTermsInvalid
        case (.pass, _?), (.fail, _?): return .termsOnlyForAnExtension
        default: break
        }
        if outcome == .fail, ectToldInWritingOn == nil { return .toldInWritingNeeded }
        if decidedOn > today || (ectToldInWritingOn.map { $0 > today } ?? false) { return .dateInTheFuture }
        if decidedOn < receivedOn { return .decidedBeforeRecommendation }
        if let told = ectToldInWritingOn, told < decidedOn { return .toldBeforeDeciding }
        return nil
    }
}
