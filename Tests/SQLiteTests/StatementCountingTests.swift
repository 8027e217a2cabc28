import XCTest
@testable import SQLite

/// Issue 12 item 2: `Database.statementsRun` counts each statement run once, whichever way it runs,
/// and repeated statements (a read's BEGIN and COMMIT included) come from the connection's cache.
final class StatementCountingTests: XCTestCase {
    func testEveryWayOfRunningAStatementCountsOnce() throws {
        let directory = try makeTemporaryDirectory()
        let database = try Database(path: directory.path(), readerCount: 1)
        try database.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
        let start = database.statementsRun
        try database.write { c in
            try c.run("INSERT INTO t (x) VALUES (?)", [1])
            try c.run("INSERT INTO t (x) VALUES (?)", [2])
            let statement = try c.prepare("SELECT x FROM t ORDER BY x")
            XCTAssertEqual(try statement.rows().count, 2, "stepping row after row is one statement")
            statement.reset()
            XCTAssertTrue(try statement.step(), "run again after a reset: a second statement")
        }
        XCTAssertEqual(database.statementsRun - start, 4)
        let beforeRead = database.statementsRun
        let rows = try database.read { c in try c.query("SELECT x FROM t").count + (c.scalarInt("SELECT count(*) FROM t") ?? 0) }
        XCTAssertEqual(rows, 4)
        XCTAssertEqual(database.statementsRun - beforeRead, 4, "BEGIN, two queries, COMMIT")
    }

    func testARepeatedReadPreparesNothingNew() throws {
        let directory = try makeTemporaryDirectory()
        let connection = try Connection(path: directory.path())
        try connection.execute("CREATE TABLE t (x INTEGER)")
        func read() throws { try connection.readTransaction { _ = try connection.query("SELECT x FROM t WHERE x > ?", [0]) } }
        let opened = connection.statementsPrepared
        try read()
        let prepared = connection.statementsPrepared
        XCTAssertEqual(prepared - opened, 3, "BEGIN DEFERRED, the query and COMMIT")
        try read()
        try read()
        XCTAssertEqual(connection.statementsPrepared, prepared, "the second and third reads reuse the cached statements")
    }
}
