import XCTest
@testable import SQLite

final class RowTests: XCTestCase {
    private func makeRow() throws -> Row {
        let connection = try makeConnection()
        let row = try connection.queryOne(
            "SELECT ? AS i, ? AS r, ? AS t, ? AS b, ? AS n, ? AS yes, ? AS no, ? AS two, ? AS empty",
            [42, 2.5, "héllo\u{0}world", [UInt8]([0, 1, 255]), Optional<String>.none, true, false, 2, ""])
        return try XCTUnwrap(row)
    }

    func testTypedReads() throws {
        let row = try makeRow()
        XCTAssertEqual(try row.int("i"), 42)
        XCTAssertEqual(try row.int64("i"), 42)
        XCTAssertEqual(try row.double("r"), 2.5)
        XCTAssertEqual(try row.double("i"), 42.0)  // integers widen to Double
        XCTAssertEqual(try row.string("t"), "héllo\u{0}world")
        XCTAssertEqual(try row.string("empty"), "")
        XCTAssertEqual(try row.blob("b"), [0, 1, 255])
        XCTAssertEqual(try row.bool("yes"), true)
        XCTAssertEqual(try row.bool("no"), false)
        XCTAssertEqual(row["i"], .integer(42))
        XCTAssertEqual(row.columnNames.first, "i")
    }

    func testNullHandling() throws {
        let row = try makeRow()
        XCTAssertEqual(row["n"], .null)
        XCTAssertNil(try row.optionalString("n"))
        XCTAssertNil(try row.optionalInt("n"))
        XCTAssertNil(try row.optionalDouble("n"))
        XCTAssertEqual(try row.optionalString("t"), "héllo\u{0}world")
        XCTAssertEqual(try row.optionalInt("i"), 42)
        XCTAssertEqual(try row.optionalDouble("r"), 2.5)
        XCTAssertThrowsError(try row.string("n"))
        XCTAssertThrowsError(try row.int("n"))
        XCTAssertThrowsError(try row.bool("n"))
    }

    func testTypeMismatchThrowsNamingColumnButNotValue() throws {
        let row = try makeRow()
        assertThrowsSQLiteError(try row.int("t")) {
            XCTAssertTrue($0.message.contains("\"t\""))
            XCTAssertTrue($0.message.contains("text"))
            XCTAssertFalse($0.description.contains("héllo"))
        }
        assertThrowsSQLiteError(try row.string("i"))
        assertThrowsSQLiteError(try row.int("r"))
        assertThrowsSQLiteError(try row.optionalString("i"))
        assertThrowsSQLiteError(try row.bool("two"))  // only 0 and 1 are booleans
        assertThrowsSQLiteError(try row.double("t"))
    }

    func testUnknownColumn() throws {
        let row = try makeRow()
        XCTAssertEqual(row["missing"], .null)
        assertThrowsSQLiteError(try row.optionalString("missing")) {
            XCTAssertTrue($0.message.contains("missing"))
        }
        assertThrowsSQLiteError(try row.int("missing"))
    }

    func testBoolAndBlobRoundTrip() throws {
        let connection = try makeConnection(schema: peopleSchema)
        let photo: [UInt8] = (0...255).map { UInt8($0) } + [0, 0]
        try connection.run(
            "INSERT INTO people (email, active, photo) VALUES (?, ?, ?)", ["a@example.com", false, photo])
        try connection.run(
            "INSERT INTO people (email, active, photo) VALUES (?, ?, ?)", ["b@example.com", true, [UInt8]()])
        let rows = try connection.query("SELECT active, photo FROM people ORDER BY email")
        XCTAssertEqual(try rows[0].bool("active"), false)
        XCTAssertEqual(try rows[0].blob("photo"), photo)
        XCTAssertEqual(try rows[1].bool("active"), true)
        XCTAssertEqual(try rows[1].blob("photo"), [])  // an empty blob is not NULL
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM people WHERE active = ?", [true]), 1)
    }

    func testOptionalAndSQLValueBindings() throws {
        let connection = try makeConnection(schema: peopleSchema)
        let noAge: Int? = nil
        let score: Double? = 7.5
        try connection.run(
            "INSERT INTO people (email, age, score, school_id) VALUES (?, ?, ?, ?)",
            ["c@example.com", noAge, score, SQLValue.null])
        let row = try XCTUnwrap(try connection.queryOne("SELECT age, score, school_id FROM people"))
        XCTAssertNil(try row.optionalInt("age"))
        XCTAssertEqual(try row.optionalDouble("score"), 7.5)
        XCTAssertEqual(row["school_id"], .null)
        XCTAssertEqual(Int64(9).sqlValue, .integer(9))
    }

    func testScalarInt() throws {
        let connection = try makeConnection()
        XCTAssertEqual(try connection.scalarInt("SELECT 7"), 7)
        XCTAssertNil(try connection.scalarInt("SELECT NULL"))
        XCTAssertNil(try connection.scalarInt("SELECT 1 WHERE 0"))
        assertThrowsSQLiteError(try connection.scalarInt("SELECT 'seven'"))
    }

    func testQueryReturnsAllRowsInOrder() throws {
        let connection = try makeConnection(schema: "CREATE TABLE t (x INTEGER)")
        for value in [3, 1, 2] { try connection.run("INSERT INTO t VALUES (?)", [value]) }
        XCTAssertEqual(try connection.query("SELECT x FROM t ORDER BY x").map { try $0.int("x") }, [1, 2, 3])
        XCTAssertEqual(try connection.query("SELECT x FROM t WHERE x > ?", [5]).count, 0)
        XCTAssertNil(try connection.queryOne("SELECT x FROM t WHERE x > ?", [5]))
    }
}

extension RowTests {
    /// A cached statement keeps its column names between runs; a schema change from another
    /// connection re-prepares it, and the new columns must be read by their names.
    func testACachedSelectStarSeesColumnsAddedByAnotherConnection() throws {
        let path = try makeTemporaryDirectory().path()
        let reader = try Connection(path: path, readOnly: false)
        try reader.execute("CREATE TABLE t (a INTEGER); INSERT INTO t (a) VALUES (1)")
        XCTAssertEqual(try reader.queryOne("SELECT * FROM t")?.columnNames, ["a"])
        let other = try Connection(path: path, readOnly: false)
        try other.execute("ALTER TABLE t ADD COLUMN b TEXT NOT NULL DEFAULT 'new'; ALTER TABLE t RENAME COLUMN a TO c")
        let row = try XCTUnwrap(try reader.queryOne("SELECT * FROM t"))
        XCTAssertEqual(row.columnNames, ["c", "b"])
        XCTAssertEqual(try row.int("c"), 1)
        XCTAssertEqual(try row.string("b"), "new")
        XCTAssertThrowsError(try row.int("a"))
    }
}
