/// One row of a return, its fields in the header's order, and the induction period it reports.
public struct DfEReturnRow: Sendable, Equatable {
    public let periodID: Int
    public let trn: String
    public let fields: [String]

    public init(periodID: Int, trn: String, fields: [String]) {
        self.periodID = periodID
        self.trn = trn
        self.fields = fields
    }
}
