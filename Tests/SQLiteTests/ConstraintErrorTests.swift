import XCTest
@testable import SQLite

final class ConstraintErrorTests: XCTestCase {
    private let secret = "s3cr3t-Bound-Value-7f1c"

    private func assertViolation(
        _ sql: String, _ bindings: [any SQLBindable], on connection: Connection,
        line: UInt = #line, _ kind: (SQLiteError) -> Bool
    ) {
        assertThrowsSQLiteError(try connection.run(sql, bindings), line: line) { error in
            XCTAssertTrue(error.isConstraintViolation, "\(error)", line: line)
            XCTAssertTrue(kind(error), "\(error)", line: line)
            XCTAssertEqual(error.sql, sql, line: line)
            XCTAssertTrue(error.description.contains(sql), line: line)
            XCTAssertFalse(error.description.contains(self.secret), line: line)
            XCTAssertFalse(error.message.contains(self.secret), line: line)
            XCTAssertFalse(String(describing: error).contains(self.secret), line: line)
        }
    }

    func testUniqueViolation() throws {
        let connection = try makeConnection(schema: peopleSchema)
        try connection.run("INSERT INTO people (email) VALUES (?)", [secret])
        assertViolation("INSERT INTO people (email) VALUES (?)", [secret], on: connection) { $0.isUniqueViolation }
    }

    func testCheckViolation() throws {
        let connection = try makeConnection(schema: peopleSchema)
        assertViolation("INSERT INTO people (email, age) VALUES (?, ?)", [secret, 17], on: connection) {
            $0.isCheckViolation
        }
    }

    func testForeignKeyViolation() throws {
        let connection = try makeConnection(schema: peopleSchema)
        assertViolation("INSERT INTO people (email, school_id) VALUES (?, ?)", [secret, 99], on: connection) {
            $0.isForeignKeyViolation
        }
    }

    func testNotNullViolation() throws {
        let connection = try makeConnection(schema: peopleSchema)
        assertViolation("INSERT INTO schools (name) VALUES (?)", [Optional<String>.none], on: connection) {
            $0.isNotNullViolation
        }
    }

    func testForeignKeyBlocksDeletingReferencedRow() throws {
        let connection = try makeConnection(schema: peopleSchema)
        try connection.run("INSERT INTO schools (id, name) VALUES (1, ?)", [secret])
        try connection.run("INSERT INTO people (email, school_id) VALUES (?, 1)", ["a@example.com"])
        assertViolation("DELETE FROM schools WHERE name = ?", [secret], on: connection) { $0.isForeignKeyViolation }
    }
}
