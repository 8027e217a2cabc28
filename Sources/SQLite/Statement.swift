import CSQLite

/// A prepared statement. Finalised in `deinit`; used by one thread at a time, like its connection.
public final class Statement {
    public let sql: String
    let handle: OpaquePointer
    private let db: OpaquePointer
    private let counter: StatementCounter
    /// `rows`' column names and their positions, worked out once and again only when SQLite has
    /// re-prepared the statement (a schema change can change what `SELECT *` returns).
    private var columns: (names: [String], index: [String: Int], prepared: Int32)?

    init(db: OpaquePointer, sql: String, persistent: Bool, counter: StatementCounter) throws {
        var handle: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sql.withCString { sqlite3_prepare_v3(db, $0, -1, flags, &handle, &tail) }
        guard code == SQLITE_OK else { throw SQLiteError(code: code, db: db, sql: sql) }
        guard let handle else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql)
        }
        self.handle = handle
        self.db = db
        self.sql = sql
        self.counter = counter
        if let tail, Statement.hasStatement(db: db, sql: tail) {
            throw SQLiteError(code: SQLITE_MISUSE, message: "more than one statement; use execute(_:) for scripts", sql: sql)
        }
    }

    deinit {
        sqlite3_finalize(handle)
    }

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Binds every `?` parameter in order; the count must match exactly.
    public func bind(_ values: [any SQLBindable]) throws {
        guard values.count == parameterCount else {
            throw SQLiteError(
                code: SQLITE_RANGE,
                message: "statement has \(parameterCount) parameters but \(values.count) values were bound",
                sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value at a 1-based parameter index.
    public func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let int):
            code = sqlite3_bind_int64(handle, index, int)
        case .real(let double):
            code = sqlite3_bind_double(handle, index, double)
        case .text(let text):
            let length = sqlite3_uint64(text.utf8.count)
            code = text.withCString {
                sqlite3_bind_text64(handle, index, $0, length, csqlite_transient(), UInt8(SQLITE_UTF8))
            }
        case .blob(let bytes) where bytes.isEmpty:
            code = sqlite3_bind_zeroblob(handle, index, 0)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes {
                sqlite3_bind_blob64(handle, index, $0.baseAddress, sqlite3_uint64($0.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw SQLiteError(code: code, db: db, sql: sql) }
    }

    /// Advances one row: `true` when a row is available, `false` when done.
    @discardableResult
    public func step() throws -> Bool {
        // A statement not yet stepped since its last reset starts a new run: count it once.
        if sqlite3_stmt_busy(handle) == 0 { counter.add() }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw SQLiteError(code: code, db: db, sql: sql)
        }
    }

    /// Rewinds the statement so it can run again and ends any read it holds open. Bindings survive.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Sets every parameter back to NULL, so no bound value lingers in the cached statement.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// The value of a 0-based column of the current row.
    public func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(handle, column) else { return .blob([]) }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            return .null
        }
    }

    /// Steps to the end, materialising every row; leaves the statement unreset.
    public func rows(limit: Int = .max) throws -> [Row] {
        var rows: [Row] = []
        guard limit > 0, try step() else { return rows }
        // Read after the first step: that is where SQLite re-prepares a statement the schema has changed under.
        let (names, index) = resultColumns()
        repeat {
            let values = (0..<Int32(names.count)).map { value(at: $0) }
            rows.append(Row(columnNames: names, index: index, values: values))
        } while try rows.count < limit && step()
        return rows
    }

    private func resultColumns() -> (names: [String], index: [String: Int]) {
        let prepared = sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_REPREPARE, 0)
        if let columns, columns.prepared == prepared { return (columns.names, columns.index) }
        let names = columnNames
        var index: [String: Int] = Dictionary(minimumCapacity: names.count)
        for (position, name) in names.enumerated() where index[name] == nil {
            index[name] = position
        }
        columns = (names, index, prepared)
        return (names, index)
    }

    /// Whether `sql` holds another statement beyond whitespace and comments.
    private static func hasStatement(db: OpaquePointer, sql: UnsafePointer<CChar>) -> Bool {
        var extra: OpaquePointer?
        let code = sqlite3_prepare_v3(db, sql, -1, 0, &extra, nil)
        defer { sqlite3_finalize(extra) }
        return code != SQLITE_OK || extra != nil
    }
}
