/// A confirmed induction period not yet claimed with the DfE, as the records hold it.
public struct DfEClaimCandidate: Sendable, Equatable {
    public let periodID: Int
    public let trn: String
    public let dateOfBirth: String?
    public let programme: String
    public let startDate: String

    public init(periodID: Int, trn: String, dateOfBirth: String?, programme: String, startDate: String) {
        self.periodID = periodID
        self.trn = trn
        self.dateOfBirth = dateOfBirth
        self.programme = programme
        self.startDate = startDate
    }
}
