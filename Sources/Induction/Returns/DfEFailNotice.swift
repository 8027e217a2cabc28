/// A failed induction, to be entered one by one on the DfE's service with the date the ECT was told
/// in writing (SG 2.69–2.70); never part of the bulk outcomes file.
public struct DfEFailNotice: Sendable, Equatable {
    public let periodID: Int
    public let trn: String
    public let name: String
    public let decidedOn: String
    /// Nil until the ECT has been told in writing.
    public let toldOn: String?

    public init(periodID: Int, trn: String, name: String, decidedOn: String, toldOn: String?) {
        self.periodID = periodID
        self.trn = trn
        self.name = name
        self.decidedOn = decidedOn
        self.toldOn = toldOn
    }
}
