/// One record of a CSV file: its values, and the line it starts on (the header is line 1; a quoted
/// value holding line breaks makes a record span lines, and blank lines still count).
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// A line with nothing on it, or only commas: skipped, not an error.
    public var isBlank: Bool {
        fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
