/// A past return, newest first on the page, with how many of its rows the DfE did not record.
public struct DfEExportSummary: Sendable, Equatable {
    public let id: Int
    public let kind: DfEReturnKind
    public let fileCount: Int
    public let rowCount: Int
    public let notRecordedCount: Int
    public let exportedBy: String
    public let exportedAt: String
}
