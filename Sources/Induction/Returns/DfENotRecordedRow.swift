/// A row the DfE's service rejected, with its message; offered again in the next return.
public struct DfENotRecordedRow: Sendable, Equatable {
    public let exportID: Int
    public let kind: DfEReturnKind
    public let periodID: Int
    public let trn: String
    public let errorMessage: String
}
