import Foundation
import Synchronization

/// The connection pool: one writer connection serialised by a lock, and `readerCount` read-only
/// connections lent out one per `read` call. WAL mode lets readers run while the writer commits.
///
/// `@unchecked Sendable`: the connections are not `Sendable`, but each is only touched while its
/// lock is held (the writer) or while checked out of the pool by exactly one thread (readers).
public final class Database: @unchecked Sendable {
    public let path: String
    private let writer: Connection
    private let writerLock = NSLock()
    private let writerOwner = Atomic<UInt>(0)
    private let readerPool: ReaderPool
    private let counter: StatementCounter
    private let results: ResultCache

    /// Opens the writer (creating the file and switching it to WAL) and then the readers.
    /// `path` must name a file: every `:memory:` connection would be a separate database.
    public init(path: String, readerCount: Int = 4) throws {
        precondition(readerCount >= 1, "a Database needs at least one reader connection")
        self.path = path
        let counter = StatementCounter()
        self.counter = counter
        writer = try Connection(path: path, readOnly: false, counter: counter)
        readerPool = ReaderPool(try (0..<readerCount).map { _ in try Connection(path: path, readOnly: true, counter: counter) })
        results = ResultCache(watcher: try Connection(path: path, readOnly: true, counter: counter))
    }

    /// Every statement run so far on this database's connections: each run of a prepared statement
    /// (its first step after a reset) and each `execute` script (BEGIN, COMMIT, PRAGMAs count as one each).
    /// Tests read the difference around one request to catch N+1 queries.
    public var statementsRun: Int { counter.value }

    /// Runs `body` with the writer connection, one caller at a time. It does not open a
    /// transaction: call `connection.transaction { }` for work that must commit or roll back whole.
    @discardableResult
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        let me = Database.currentThreadID()
        precondition(writerOwner.load(ordering: .relaxed) != me, "Database.write re-entered on one thread: deadlock")
        writerLock.lock()
        writerOwner.store(me, ordering: .relaxed)
        defer {
            writerOwner.store(0, ordering: .relaxed)
            writerLock.unlock()
        }
        return try body(writer)
    }

    /// Runs `body` with a read-only connection inside `BEGIN DEFERRED … COMMIT`, so all its
    /// queries see one snapshot. Waits while every reader is lent out.
    @discardableResult
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        let reader = readerPool.checkOut()
        defer { readerPool.checkIn(reader) }
        return try reader.readTransaction { try body(reader) }
    }

    /// Runs one statement on a reader without `BEGIN … COMMIT` around it: SQLite gives a lone
    /// statement its own snapshot, so this saves two statements where one query is all there is
    /// (`/healthz`). Anything that needs two queries to agree uses `read`.
    @discardableResult
    public func readOneStatement<T>(_ body: (Connection) throws -> T) throws -> T {
        let reader = readerPool.checkOut()
        defer { readerPool.checkIn(reader) }
        return try body(reader)
    }

    /// The version query that moves with every commit on any connection.
    public static let everyCommit = "PRAGMA data_version"

    /// `read`'s result for `key`, computed once and served again until `version` (a query for one
    /// integer) answers differently; by default that is any commit on any connection (see
    /// `ResultCache`). `key` must name every input of `body` besides the database.
    public func cachedRead<T: Sendable>(_ key: String, version: String = Database.everyCommit,
                                        _ body: (Connection) throws -> T) throws -> T {
        try results.value(key, version: version) { try read(body) }
    }

    /// Applies pending migrations on the writer; see `Migrator.migrate`.
    @discardableResult
    public func migrate(_ migrations: [Migration]) throws -> [String] {
        try write { try Migrator.migrate($0, migrations) }
    }

    private static func currentThreadID() -> UInt {
        UInt(bitPattern: ObjectIdentifier(Thread.current).hashValue)
    }
}
