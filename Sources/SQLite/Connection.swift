import CSQLite

/// One SQLite connection. Not `Sendable`: use it from one thread at a time (the `Database` pool
/// hands connections between threads under a lock).
public final class Connection {
    public let path: String
    public let isReadOnly: Bool
    private var handle: OpaquePointer?
    private var statementCache: [String: Statement] = [:]
    /// How many statements `withStatement` has had to prepare (the rest came from the cache).
    private(set) var statementsPrepared = 0
    let counter: StatementCounter
    private static let statementCacheLimit = 256
    static let busyTimeoutMilliseconds: Int32 = 5000

    /// Opens (creating unless `readOnly`) the database at `path` and sets the connection PRAGMAs:
    /// `journal_mode=WAL` (writers only; WAL persists in the file), `foreign_keys=ON`,
    /// `busy_timeout=5000` and `synchronous=FULL`.
    public convenience init(path: String, readOnly: Bool = false) throws {
        try self.init(path: path, readOnly: readOnly, counter: StatementCounter())
    }

    init(path: String, readOnly: Bool, counter: StatementCounter) throws {
        self.path = path
        self.counter = counter
        self.isReadOnly = readOnly
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let error = SQLiteError(code: code, db: db, sql: nil)
            sqlite3_close_v2(db)
            throw SQLiteError(code: error.code, message: "\(error.message) (path: \(path))", sql: nil)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Connection.busyTimeoutMilliseconds)
        if !readOnly {
            let mode = try queryOne("PRAGMA journal_mode = WAL")?.string("journal_mode")
            let inMemory = path.isEmpty || path == ":memory:"
            guard mode == "wal" || inMemory else {
                throw SQLiteError(
                    code: SQLITE_ERROR, message: "could not enable WAL: journal_mode is \(mode ?? "unknown")",
                    sql: "PRAGMA journal_mode = WAL")
            }
        }
        try execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL")
    }

    deinit {
        statementCache.removeAll()
        // close_v2 defers the close until any Statement still held by a caller is finalised.
        sqlite3_close_v2(handle)
    }

    /// Closes now. Throws SQLITE_BUSY if a `Statement` from `prepare(_:)` is still alive.
    public func close() throws {
        guard let db = handle else { return }
        statementCache.removeAll()
        let code = sqlite3_close(db)
        guard code == SQLITE_OK else { throw SQLiteError(code: code, db: db, sql: nil) }
        handle = nil
    }

    func database() throws -> OpaquePointer {
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "connection is closed") }
        return handle
    }

    /// Runs a script of one or more statements without bindings (migrations, PRAGMAs).
    public func execute(_ sql: String) throws {
        let db = try database()
        counter.add()
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(db, sql, nil, nil, &errorMessage)
        guard code == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(errorMessage)
            throw SQLiteError(code: sqlite3_extended_errcode(db), message: message, sql: sql)
        }
    }

    /// A new statement owned by the caller, finalised when the caller releases it.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(db: database(), sql: sql, persistent: false, counter: counter)
    }

    /// Runs `body` with a cached statement bound to `bindings`, then resets it and clears its
    /// bindings whatever happens, so it holds no read open and keeps no bound value.
    func withStatement<T>(_ sql: String, _ bindings: [any SQLBindable], _ body: (Statement) throws -> T) throws -> T {
        let statement: Statement
        if let cached = statementCache[sql] {
            statement = cached
        } else {
            statement = try Statement(db: database(), sql: sql, persistent: true, counter: counter)
            statementsPrepared += 1
            if statementCache.count >= Connection.statementCacheLimit { statementCache.removeAll() }
            statementCache[sql] = statement
        }
        defer {
            statement.reset()
            statement.clearBindings()
        }
        try statement.bind(bindings)
        return try body(statement)
    }

    public var lastInsertRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Whether a transaction is open (SQLite is not in autocommit mode).
    public var isInTransaction: Bool {
        handle.map { sqlite3_get_autocommit($0) == 0 } ?? false
    }
}
