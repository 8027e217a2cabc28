/// A period the return cannot carry, listed with why so it can be put right; never exported.
public struct DfERefusedRow: Sendable, Equatable {
    public let periodID: Int
    public let trn: String
    public let reason: String

    public init(periodID: Int, trn: String, reason: String) {
        self.periodID = periodID
        self.trn = trn
        self.reason = reason
    }
}
