import CSQLite

extension Connection {
    /// Runs one statement to completion and returns the number of rows it changed.
    @discardableResult
    public func run(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try withStatement(sql, bindings) { statement in
            while try statement.step() {}
            return Int(sqlite3_changes64(try database()))
        }
    }

    public func query(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> [Row] {
        try withStatement(sql, bindings) { try $0.rows() }
    }

    public func queryOne(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Row? {
        try withStatement(sql, bindings) { try $0.rows(limit: 1).first }
    }

    /// The first column of the first row as an Int; nil when there is no row or the value is NULL.
    public func scalarInt(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int? {
        try withStatement(sql, bindings) { statement in
            guard try statement.step() else { return nil }
            switch statement.value(at: 0) {
            case .null: return nil
            case .integer(let value): return Int(value)
            case let other:
                throw SQLiteError(
                    code: SQLITE_MISMATCH, message: "scalar is \(other.typeName), expected integer", sql: sql)
            }
        }
    }
}
