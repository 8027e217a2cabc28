import CSQLite
import Foundation

/// A consistent copy of a live database through SQLite's online backup API, a bounded number of
/// pages per step with a pause between steps, so the server's writer is never held up for long.
public struct OnlineBackup: Sendable {
    /// What a finished copy holds.
    public struct Copy: Sendable, Equatable {
        public let path: String
        public let pageCount: Int
        public let byteCount: Int
    }

    public let pagesPerStep: Int32
    public let pauseBetweenSteps: TimeInterval
    /// A write to the source between steps restarts the copy; after this many restarts the rest is
    /// copied in one step, inside one read snapshot (WAL lets writers carry on meanwhile).
    public let restartsBeforeOneStep: Int

    public init(pagesPerStep: Int32 = 256, pauseBetweenSteps: TimeInterval = 0.005, restartsBeforeOneStep: Int = 3) {
        precondition(pagesPerStep > 0, "a backup step copies at least one page")
        self.pagesPerStep = pagesPerStep
        self.pauseBetweenSteps = pauseBetweenSteps
        self.restartsBeforeOneStep = restartsBeforeOneStep
    }

    /// Copies the database at `source` to `destination`, which is replaced if it exists: callers
    /// decide whether that is allowed. The copy is checked with `PRAGMA integrity_check`.
    @discardableResult
    public func copy(from source: String, to destination: String) throws -> Copy {
        try transfer(from: source, to: destination)
        return try Self.checked(destination)
    }

    private func transfer(from source: String, to destination: String) throws {
        let reader = try Connection(path: source, readOnly: true)
        let target = try Self.open(destination)
        defer { sqlite3_close_v2(target) }
        guard let backup = sqlite3_backup_init(target, "main", try reader.database(), "main") else {
            throw SQLiteError(code: sqlite3_extended_errcode(target), db: target, sql: nil)
        }
        var code = SQLITE_OK
        var restarts = 0
        var lowestRemaining = Int32.max
        while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED {
            let pages: Int32 = restarts >= restartsBeforeOneStep ? -1 : pagesPerStep
            code = sqlite3_backup_step(backup, pages)
            let remaining = sqlite3_backup_remaining(backup)
            if remaining > lowestRemaining { restarts += 1 }
            lowestRemaining = min(lowestRemaining, remaining)
            if code != SQLITE_DONE { Thread.sleep(forTimeInterval: pauseBetweenSteps) }
        }
        let finished = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finished == SQLITE_OK else {
            throw SQLiteError(code: code == SQLITE_DONE ? finished : code, db: target, sql: nil)
        }
        // A backup is one self-contained file: no -wal beside it to lose when it is copied or moved.
        guard sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nil, nil, nil) == SQLITE_OK else {
            throw SQLiteError(code: sqlite3_extended_errcode(target), db: target, sql: "PRAGMA journal_mode = DELETE")
        }
    }

    /// The problems `PRAGMA integrity_check` finds in the database at `path`; empty when it says "ok".
    public static func integrityProblems(at path: String) throws -> [String] {
        let connection = try Connection(path: path, readOnly: true)
        let rows = try connection.query("PRAGMA integrity_check")
        let lines = try rows.map { try $0.string("integrity_check") }
        return lines == ["ok"] ? [] : lines
    }

    /// The copy's size, after an integrity check that must pass.
    public static func checked(_ path: String) throws -> Copy {
        let problems = try integrityProblems(at: path)
        guard problems.isEmpty else {
            throw SQLiteError(code: SQLITE_CORRUPT, message: "integrity_check failed: \(problems.prefix(5).joined(separator: "; "))")
        }
        let pages = try Connection(path: path, readOnly: true).scalarInt("PRAGMA page_count") ?? 0
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        return Copy(path: path, pageCount: pages, byteCount: size)
    }

    private static func open(_ path: String) throws -> OpaquePointer {
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let db else {
            let error = SQLiteError(code: code, db: db, sql: nil)
            sqlite3_close_v2(db)
            throw SQLiteError(code: error.code, message: "\(error.message) (path: \(path))")
        }
        sqlite3_busy_timeout(db, Connection.busyTimeoutMilliseconds)
        return db
    }
}
