/// A stored value that the schema should have made impossible.
public struct RecordDecodingError: Error, CustomStringConvertible {
    public let table: String
    public let column: String
    public let id: Int

    public var description: String { "\(table).\(column) of row \(id) holds a value the domain cannot read" }
}
