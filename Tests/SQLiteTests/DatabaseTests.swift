import Foundation
import XCTest
@testable import SQLite

/// A value shared with another thread in a test, guarded by a lock.
private final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func get() -> Value { lock.withLock { value } }
}

final class DatabaseTests: XCTestCase {
    private func makeDatabase(readers: Int = 2) throws -> Database {
        let database = try Database(path: try makeTemporaryDirectory().path(), readerCount: readers)
        try database.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        return database
    }

    func testReaderKeepsSnapshotWhileWriterCommits() throws {
        let database = try makeDatabase()
        try database.write { try $0.run("INSERT INTO t VALUES (1)") }
        let writerFinished = DispatchSemaphore(value: 0)
        let writeError = Shared<(any Error)?>(nil)

        let counts = try database.read { reader -> (Int?, Int?) in
            let before = try reader.scalarInt("SELECT count(*) FROM t")
            DispatchQueue.global().async {
                do {
                    try database.write { writer in
                        try writer.transaction { try writer.run("INSERT INTO t VALUES (2)") }
                    }
                } catch {
                    writeError.set(error)
                }
                writerFinished.signal()
            }
            XCTAssertEqual(writerFinished.wait(timeout: .now() + 10), .success, "writer blocked by reader")
            return (before, try reader.scalarInt("SELECT count(*) FROM t"))
        }

        XCTAssertNil(writeError.get())
        XCTAssertEqual(counts.0, 1)
        XCTAssertEqual(counts.1, 1, "a read saw a commit made after its snapshot")
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM t") }, 2)
    }

    func testReadersAreReadOnly() throws {
        let database = try makeDatabase()
        assertThrowsSQLiteError(try database.read { try $0.run("INSERT INTO t VALUES (1)") }) {
            XCTAssertEqual($0.primaryCode, 8)  // SQLITE_READONLY
        }
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM t") }, 0)
    }

    func testReadThatThrowsReturnsItsConnectionToThePool() throws {
        let database = try makeDatabase(readers: 1)
        for _ in 0..<3 {
            XCTAssertThrowsError(try database.read { try $0.query("SELECT nope FROM t") })
        }
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM t") }, 0)
        XCTAssertEqual(try database.read { $0.isInTransaction }, true)
        XCTAssertEqual(database.path.hasSuffix("test.sqlite"), true)
    }

    func testWritesAreSerialised() throws {
        let database = try makeDatabase()
        try database.write { try $0.run("INSERT INTO t VALUES (0)") }
        let failures = Shared(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 {
                do {
                    try database.write { connection in
                        // Read-modify-write without a transaction: only the writer lock keeps it exact.
                        let value = try connection.scalarInt("SELECT x FROM t") ?? 0
                        try connection.run("UPDATE t SET x = ?", [value + 1])
                    }
                } catch {
                    failures.set(failures.get() + 1)
                }
            }
        }
        XCTAssertEqual(failures.get(), 0)
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT x FROM t") }, 200)
    }

    func testConcurrentReadsShareAFewConnections() throws {
        let database = try makeDatabase(readers: 2)
        try database.write { try $0.run("INSERT INTO t VALUES (1), (2), (3)") }
        let total = Shared(0)
        let active = Shared(0)
        let peak = Shared(0)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let count = try? database.read { connection -> Int? in
                lock.withLock {
                    active.set(active.get() + 1)
                    peak.set(max(peak.get(), active.get()))
                }
                usleep(2000)
                lock.withLock { active.set(active.get() - 1) }
                return try connection.scalarInt("SELECT count(*) FROM t")
            }
            lock.withLock { total.set(total.get() + ((count ?? nil) ?? 0)) }
        }
        XCTAssertEqual(total.get(), 48)
        XCTAssertLessThanOrEqual(peak.get(), 2)
    }

    func testDataPersistsAcrossReopen() throws {
        let path = try makeTemporaryDirectory().path()
        do {
            let database = try Database(path: path, readerCount: 1)
            try database.write { try $0.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42)") }
        }
        let reopened = try Database(path: path, readerCount: 1)
        XCTAssertEqual(try reopened.read { try $0.scalarInt("SELECT x FROM t") }, 42)
    }
}
