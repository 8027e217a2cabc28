/// What importing a DfE error file did: how many exported rows are now marked not recorded.
public struct DfEErrorImport: Sendable, Equatable {
    public let kind: DfEReturnKind
    public let markedNotRecorded: Int
}
