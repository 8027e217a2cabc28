import CSQLite

/// An error from SQLite or from reading a row. Carries the SQL text but never bound values.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code, e.g. 2067 (SQLITE_CONSTRAINT_UNIQUE).
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code, e.g. 19 (SQLITE_CONSTRAINT) for any constraint violation.
    public var primaryCode: Int32 { code & 0xFF }

    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
    public var isUniqueViolation: Bool { isConstraint(8) || isConstraint(6) }  // UNIQUE, PRIMARYKEY
    public var isForeignKeyViolation: Bool { isConstraint(3) }
    public var isCheckViolation: Bool { isConstraint(1) }
    public var isNotNullViolation: Bool { isConstraint(5) }

    /// Extended constraint codes are `SQLITE_CONSTRAINT | (n << 8)`; Swift cannot import those macros.
    private func isConstraint(_ extended: Int32) -> Bool { code == SQLITE_CONSTRAINT | (extended << 8) }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " [SQL: \(sql)]" }
        return text
    }

    /// Builds an error from the connection's last error. `sqlite3_errmsg` never includes bound values.
    init(code: Int32, db: OpaquePointer?, sql: String?) {
        let message = db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, message: message, sql: sql)
    }

    static func mismatch(column: String, expected: String, found: SQLValue) -> SQLiteError {
        SQLiteError(
            code: SQLITE_MISMATCH,
            message: "column \"\(column)\" holds \(found.typeName), expected \(expected)")
    }

    static func noSuchColumn(_ column: String) -> SQLiteError {
        SQLiteError(code: SQLITE_RANGE, message: "no such column in row: \"\(column)\"")
    }
}
