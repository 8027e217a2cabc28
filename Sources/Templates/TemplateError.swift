/// A parse or render error, positioned at the tag (or text) that caused it.
/// `line` and `column` are 1-based; both are 0 when the error concerns a whole file or name.
public struct TemplateError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ message: String, at location: TemplateLocation) {
        self.init(file: location.file, line: location.line, column: location.column, message: message)
    }

    public var description: String {
        line == 0 ? "\(file): \(message)" : "\(file):\(line):\(column): \(message)"
    }
}
