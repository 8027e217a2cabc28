/// One problem with an imported CSV: the line it is on (nil for the whole file), the CSV column
/// (empty when no one column is at fault) and a message in the words of the one-by-one form.
public struct ECTImportError: Sendable, Equatable {
    public let row: Int?
    public let column: String
    public let message: String

    public init(row: Int?, column: String = "", message: String) {
        self.row = row
        self.column = column
        self.message = message
    }

    /// "Row 37: Enter a TRN of 7 digits, like 1234567", or just the message for the whole file.
    public var summary: String {
        row.map { "Row \($0): \(message)" } ?? message
    }
}
