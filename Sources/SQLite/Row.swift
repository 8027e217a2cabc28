/// A materialised result row. Typed getters throw on an unknown column or a type mismatch;
/// their errors name the column and its storage class, never its value.
public struct Row: Sendable {
    public let columnNames: [String]
    let values: [SQLValue]
    let index: [String: Int]

    init(columnNames: [String], index: [String: Int], values: [SQLValue]) {
        self.columnNames = columnNames
        self.index = index
        self.values = values
    }

    /// The raw value, or `.null` when the row has no such column.
    public subscript(column: String) -> SQLValue {
        index[column].map { values[$0] } ?? .null
    }

    /// The raw value, throwing when the row has no such column.
    public func value(_ column: String) throws -> SQLValue {
        guard let position = index[column] else { throw SQLiteError.noSuchColumn(column) }
        return values[position]
    }

    public func int64(_ column: String) throws -> Int64 {
        try required(optionalInt64(column), column, "integer")
    }

    public func int(_ column: String) throws -> Int {
        try required(optionalInt(column), column, "integer")
    }

    public func double(_ column: String) throws -> Double {
        try required(optionalDouble(column), column, "real")
    }

    public func string(_ column: String) throws -> String {
        try required(optionalString(column), column, "text")
    }

    public func bool(_ column: String) throws -> Bool {
        try required(optionalBool(column), column, "0 or 1")
    }

    public func blob(_ column: String) throws -> [UInt8] {
        try required(optionalBlob(column), column, "blob")
    }

    public func optionalInt64(_ column: String) throws -> Int64? {
        try optional(column, "integer") { if case .integer(let value) = $0 { value } else { nil } }
    }

    public func optionalInt(_ column: String) throws -> Int? {
        guard let wide = try optionalInt64(column) else { return nil }
        guard let value = Int(exactly: wide) else {
            throw SQLiteError.mismatch(column: column, expected: "integer within Int range", found: .integer(0))
        }
        return value
    }

    /// Accepts integers too: a REAL-affinity column may hand back whole numbers as integers.
    public func optionalDouble(_ column: String) throws -> Double? {
        try optional(column, "real") {
            switch $0 {
            case .real(let value): value
            case .integer(let value): Double(value)
            default: nil
            }
        }
    }

    public func optionalString(_ column: String) throws -> String? {
        try optional(column, "text") { if case .text(let value) = $0 { value } else { nil } }
    }

    /// Only 0 and 1 are booleans; anything else is a mismatch.
    public func optionalBool(_ column: String) throws -> Bool? {
        try optional(column, "0 or 1") {
            switch $0 {
            case .integer(0): false
            case .integer(1): true
            default: nil
            }
        }
    }

    public func optionalBlob(_ column: String) throws -> [UInt8]? {
        try optional(column, "blob") { if case .blob(let value) = $0 { value } else { nil } }
    }

    /// Nil for NULL; the decoded value; otherwise a mismatch naming what was `expected`.
    private func optional<T>(_ column: String, _ expected: String, _ decode: (SQLValue) -> T?) throws -> T? {
        let raw = try value(column)
        if case .null = raw { return nil }
        guard let value = decode(raw) else { throw SQLiteError.mismatch(column: column, expected: expected, found: raw) }
        return value
    }

    private func required<T>(_ value: T?, _ column: String, _ expected: String) throws -> T {
        guard let value else { throw SQLiteError.mismatch(column: column, expected: expected, found: .null) }
        return value
    }
}
