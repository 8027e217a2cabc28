/// Why an export or an error file was refused; nothing changed.
public enum DfEReturnError: Error, Sendable, Equatable, CustomStringConvertible {
    case nothingToExport(DfEReturnKind)
    case unreadableFile(line: Int)
    case notTheDfEsHeader
    case noRows
    case missingErrorMessage(lines: [Int])
    case unmatchedRows(lines: [Int])

    public var description: String {
        switch self {
        case .nothingToExport(let kind): "There is nothing new to send in the \(kind.rawValue) return."
        case .unreadableFile(let line): "The file cannot be read: a quoted value opened on line \(line) never closes."
        case .notTheDfEsHeader:
            "The file’s first line is not the DfE’s error file header: expected “"
                + DfEReturnKind.claims.errorHeader.joined(separator: ",") + "” or “"
                + DfEReturnKind.outcomes.errorHeader.joined(separator: ",") + "”."
        case .noRows: "The file has no rows after its header."
        case .missingErrorMessage(let lines): "\(Self.lines(lines)) no error message."
        case .unmatchedRows(let lines): "\(Self.lines(lines)) no row we sent to the DfE and have not been told about."
        }
    }

    private static func lines(_ lines: [Int]) -> String {
        let shown = lines.prefix(10).map(String.init).joined(separator: ", ") + (lines.count > 10 ? " and \(lines.count - 10) more" : "")
        return lines.count == 1 ? "Line \(shown) has" : "Lines \(shown) have"
    }
}
