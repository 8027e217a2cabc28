/// One CSV file of a return: the header, then its rows, each line ending CRLF (RFC 4180 2.1).
public struct DfEReturnFile: Sendable, Equatable {
    public let kind: DfEReturnKind
    public let rows: [DfEReturnRow]

    public init(kind: DfEReturnKind, rows: [DfEReturnRow]) {
        self.kind = kind
        self.rows = rows
    }

    public var text: String {
        DfECSV.line(kind.header) + rows.map { DfECSV.line($0.fields) }.joined()
    }

    public var byteCount: Int { text.utf8.count }
}
