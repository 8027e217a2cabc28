import XCTest
@testable import SQLite

final class ConnectionTests: XCTestCase {
    func testWriterSetsPragmas() throws {
        let connection = try makeConnection()
        let journal = try connection.queryOne("PRAGMA journal_mode")
        XCTAssertEqual(try journal?.string("journal_mode"), "wal")
        XCTAssertEqual(try connection.scalarInt("PRAGMA foreign_keys"), 1)
        XCTAssertEqual(try connection.scalarInt("PRAGMA busy_timeout"), 5000)
        XCTAssertEqual(try connection.scalarInt("PRAGMA synchronous"), 2)  // FULL
    }

    func testReadOnlyConnectionSetsPragmasAndRefusesWrites() throws {
        let path = try makeTemporaryDirectory().path()
        let writer = try Connection(path: path)
        try writer.execute("CREATE TABLE t (x INTEGER)")
        let reader = try Connection(path: path, readOnly: true)
        XCTAssertEqual(try reader.queryOne("PRAGMA journal_mode")?.string("journal_mode"), "wal")
        XCTAssertEqual(try reader.scalarInt("PRAGMA foreign_keys"), 1)
        XCTAssertEqual(try reader.scalarInt("PRAGMA busy_timeout"), 5000)
        assertThrowsSQLiteError(try reader.run("INSERT INTO t VALUES (1)")) {
            XCTAssertEqual($0.primaryCode, 8)  // SQLITE_READONLY
        }
    }

    func testOpeningMissingFileReadOnlyThrows() throws {
        let path = try makeTemporaryDirectory().path("absent.sqlite")
        assertThrowsSQLiteError(try Connection(path: path, readOnly: true)) {
            XCTAssertTrue($0.description.contains("absent.sqlite"))
        }
    }

    func testRunReturnsChangesAndLastInsertRowID() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER)")
        XCTAssertEqual(try connection.run("INSERT INTO t (x) VALUES (?)", [10]), 1)
        XCTAssertEqual(connection.lastInsertRowID, 1)
        try connection.run("INSERT INTO t (x) VALUES (?)", [20])
        XCTAssertEqual(connection.lastInsertRowID, 2)
        XCTAssertEqual(try connection.run("UPDATE t SET x = x + 1"), 2)
        XCTAssertEqual(try connection.run("DELETE FROM t WHERE x > ?", [100]), 0)
    }

    func testBindingsAreValuesNotSQL() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (name TEXT)")
        let hostile = "x'); DROP TABLE t; --"
        try connection.run("INSERT INTO t (name) VALUES (?)", [hostile])
        XCTAssertEqual(try connection.queryOne("SELECT name FROM t")?.string("name"), hostile)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM t WHERE name = ?", [hostile]), 1)
    }

    func testWrongBindingCountThrows() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (a, b)")
        assertThrowsSQLiteError(try connection.run("INSERT INTO t VALUES (?, ?)", [1])) {
            XCTAssertTrue($0.message.contains("2 parameters but 1"))
        }
        assertThrowsSQLiteError(try connection.run("INSERT INTO t VALUES (1, 2)", [3]))
    }

    func testPrepareRefusesSecondStatementButExecuteRunsScripts() throws {
        let connection = try makeConnection()
        assertThrowsSQLiteError(try connection.prepare("CREATE TABLE a (x); CREATE TABLE b (x)"))
        XCTAssertNoThrow(try connection.prepare("SELECT 1; -- trailing comment"))
        try connection.execute("CREATE TABLE a (x); CREATE TABLE b (x); INSERT INTO b VALUES (1);")
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM b"), 1)
    }

    func testSyntaxErrorCarriesSQL() throws {
        let connection = try makeConnection()
        assertThrowsSQLiteError(try connection.query("SELEC nonsense")) {
            XCTAssertEqual($0.sql, "SELEC nonsense")
            XCTAssertTrue($0.description.contains("SELEC nonsense"))
        }
        assertThrowsSQLiteError(try connection.execute("CREATE TABLE")) {
            XCTAssertEqual($0.sql, "CREATE TABLE")
        }
    }

    func testStatementStepAndReset() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2)")
        let statement = try connection.prepare("SELECT x FROM t WHERE x >= ? ORDER BY x")
        try statement.bind([1])
        XCTAssertTrue(try statement.step())
        XCTAssertEqual(statement.value(at: 0), .integer(1))
        statement.reset()
        try statement.bind([2])
        XCTAssertEqual(try statement.rows().map { try $0.int("x") }, [2])
        XCTAssertEqual(statement.columnNames, ["x"])
    }

    func testCloseSucceedsAfterManyStatementsBecauseTheyAreFinalised() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (x INTEGER)")
        for value in 0..<300 {
            let statement = try connection.prepare("INSERT INTO t (x) VALUES (\(value))")
            try statement.step()
            // Distinct SQL each time overflows the statement cache, forcing evictions.
            _ = try connection.query("SELECT x FROM t WHERE x = ? AND \(value) = \(value)", [value])
        }
        do {
            let pending = try connection.prepare("SELECT x FROM t")
            XCTAssertTrue(try pending.step())  // released mid-step
        }
        XCTAssertNoThrow(try connection.close())
    }

    func testCloseFailsWhileACallerStillHoldsAStatement() throws {
        let connection = try makeConnection()
        let held = try connection.prepare("SELECT 1")
        assertThrowsSQLiteError(try connection.close()) {
            XCTAssertEqual($0.primaryCode, 5)  // SQLITE_BUSY: unfinalized statements
        }
        withExtendedLifetime(held) {}
    }

    func testClosedConnectionThrows() throws {
        let connection = try makeConnection()
        try connection.close()
        assertThrowsSQLiteError(try connection.query("SELECT 1"))
    }

    func testCachedStatementDoesNotHoldReadOpen() throws {
        let path = try makeTemporaryDirectory().path()
        let writer = try Connection(path: path)
        try writer.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)")
        let reader = try Connection(path: path, readOnly: true)
        XCTAssertNotNil(try reader.queryOne("SELECT x FROM t"))  // stops after one of three rows
        try writer.run("INSERT INTO t VALUES (4)")
        XCTAssertFalse(reader.isInTransaction)
        XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM t"), 4)
    }

    func testInMemoryConnectionOpensWithoutWAL() throws {
        let connection = try Connection(path: ":memory:")
        XCTAssertEqual(try connection.queryOne("PRAGMA journal_mode")?.string("journal_mode"), "memory")
        XCTAssertEqual(try connection.scalarInt("PRAGMA foreign_keys"), 1)
    }
}
