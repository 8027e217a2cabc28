/// An ended induction period to report: a pass (from the appropriate body's decision) or a release.
public struct DfEOutcomeCandidate: Sendable, Equatable {
    public let periodID: Int
    public let trn: String
    public let dateOfBirth: String?
    public let endDate: String?
    /// Terms served, in thousandths, as the records keep them.
    public let termsThousandths: Int?
    public let outcome: DfEOutcome

    public init(periodID: Int, trn: String, dateOfBirth: String?, endDate: String?, termsThousandths: Int?, outcome: DfEOutcome) {
        self.periodID = periodID
        self.trn = trn
        self.dateOfBirth = dateOfBirth
        self.endDate = endDate
        self.termsThousandths = termsThousandths
        self.outcome = outcome
    }
}
