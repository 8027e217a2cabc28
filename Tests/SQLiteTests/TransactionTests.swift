import XCTest
@testable import SQLite

private struct Abort: Error {}

final class TransactionTests: XCTestCase {
    func testCommitsAndReturnsValue() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (x INTEGER)")
        let id = try connection.transaction {
            try connection.run("INSERT INTO t VALUES (?)", [1])
            return connection.lastInsertRowID
        }
        XCTAssertEqual(id, 1)
        XCTAssertFalse(connection.isInTransaction)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM t"), 1)
    }

    func testRollsBackOnThrowAndRethrows() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (x INTEGER)")
        XCTAssertThrowsError(try connection.transaction {
            try connection.run("INSERT INTO t VALUES (?)", [1])
            XCTAssertTrue(connection.isInTransaction)
            throw Abort()
        }) { XCTAssertTrue($0 is Abort) }
        XCTAssertFalse(connection.isInTransaction)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM t"), 0)
    }

    func testRollsBackWhenAStatementFails() throws {
        let connection = try makeConnection(schema: peopleSchema)
        XCTAssertThrowsError(try connection.transaction {
            try connection.run("INSERT INTO people (email) VALUES (?)", ["a@example.com"])
            try connection.run("INSERT INTO people (email) VALUES (?)", ["a@example.com"])
        })
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM people"), 0)
    }

    func testNestedTransactionIsASavepoint() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (x INTEGER)")
        try connection.transaction {
            try connection.run("INSERT INTO t VALUES (1)")
            XCTAssertThrowsError(try connection.transaction {
                try connection.run("INSERT INTO t VALUES (2)")
                throw Abort()
            })
            try connection.transaction { try connection.run("INSERT INTO t VALUES (3)") }
            XCTAssertTrue(connection.isInTransaction)
        }
        XCTAssertEqual(try connection.query("SELECT x FROM t ORDER BY x").map { try $0.int("x") }, [1, 3])
    }

    func testOuterThrowUndoesInnerWork() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (x INTEGER)")
        XCTAssertThrowsError(try connection.transaction {
            try connection.transaction { try connection.run("INSERT INTO t VALUES (1)") }
            throw Abort()
        })
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM t"), 0)
    }

    func testFailedCommitRollsBack() throws {
        let connection = try makeConnection(schema: """
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        assertThrowsSQLiteError(try connection.transaction {
            try connection.run("INSERT INTO child VALUES (?)", [5])
        }) {
            XCTAssertTrue($0.isForeignKeyViolation)
            XCTAssertEqual($0.sql, "COMMIT")
        }
        XCTAssertFalse(connection.isInTransaction)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM child"), 0)
    }

    func testTransactionTakesTheWriteLockImmediately() throws {
        let path = try makeTemporaryDirectory().path()
        let first = try Connection(path: path)
        try first.execute("CREATE TABLE t (x INTEGER); PRAGMA busy_timeout = 0")
        let second = try Connection(path: path)
        try second.execute("PRAGMA busy_timeout = 0")
        try first.transaction {
            assertThrowsSQLiteError(try second.transaction {}) {
                XCTAssertEqual($0.primaryCode, 5)  // SQLITE_BUSY at BEGIN IMMEDIATE, not later
            }
        }
    }
}
