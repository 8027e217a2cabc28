/// An export just made: its files' texts to upload, and the periods it could not carry.
public struct DfEExport: Sendable, Equatable {
    public let id: Int
    public let kind: DfEReturnKind
    public let files: [DfEReturnFile]
    public let refused: [DfERefusedRow]

    /// "induct-claims-2026-11-25-export-3-file-1-of-2.csv"
    public func fileName(_ index: Int, on date: CalendarDate) -> String {
        "induct-\(kind.rawValue)-\(date.iso)-export-\(id)-file-\(index + 1)-of-\(files.count).csv"
    }
}
