import XCTest
@testable import SQLite

final class MigratorTests: XCTestCase {
    private let first = Migration(name: "001-schools", sql: "CREATE TABLE schools (id INTEGER PRIMARY KEY, name TEXT)")
    private let second = Migration(name: "002-people", sql: """
        CREATE TABLE people (id INTEGER PRIMARY KEY, school_id INTEGER REFERENCES schools(id));
        CREATE INDEX people_school ON people(school_id);
        """)

    func testAppliesPendingOnceAndRecordsThem() throws {
        let connection = try makeConnection()
        XCTAssertEqual(try Migrator.migrate(connection, [first]), ["001-schools"])
        XCTAssertEqual(try Migrator.migrate(connection, [first, second]), ["002-people"])
        XCTAssertEqual(try Migrator.migrate(connection, [first, second]), [])
        let recorded = try connection.query("SELECT name, applied_at FROM schema_migrations ORDER BY rowid")
        XCTAssertEqual(try recorded.map { try $0.string("name") }, ["001-schools", "002-people"])
        XCTAssertTrue(try recorded[0].string("applied_at").hasPrefix("20"))
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM people"), 0)
        XCTAssertEqual(try connection.scalarInt("PRAGMA foreign_keys"), 1)  // switched back on
    }

    func testRemovedMigrationIsDetected() throws {
        let connection = try makeConnection()
        try Migrator.migrate(connection, [first, second])
        XCTAssertThrowsError(try Migrator.migrate(connection, [second])) {
            XCTAssertEqual($0 as? MigrationError,
                           .historyMismatch(position: 0, recorded: "001-schools", expected: "002-people"))
        }
        XCTAssertThrowsError(try Migrator.migrate(connection, [first])) {
            XCTAssertEqual($0 as? MigrationError,
                           .historyMismatch(position: 1, recorded: "002-people", expected: nil))
        }
    }

    func testRenamedOrReorderedMigrationIsDetected() throws {
        let connection = try makeConnection()
        try Migrator.migrate(connection, [first, second])
        let renamed = Migration(name: "001-schools-renamed", sql: first.sql)
        XCTAssertThrowsError(try Migrator.migrate(connection, [renamed, second]))
        XCTAssertThrowsError(try Migrator.migrate(connection, [second, first]))
    }

    func testEditedMigrationIsDetected() throws {
        let connection = try makeConnection()
        try Migrator.migrate(connection, [first])
        let edited = Migration(name: first.name, sql: first.sql + ";CREATE TABLE extra (x)")
        XCTAssertThrowsError(try Migrator.migrate(connection, [edited, second])) {
            XCTAssertEqual($0 as? MigrationError, .edited("001-schools"))
        }
        XCTAssertNil(try connection.queryOne("SELECT name FROM sqlite_schema WHERE name = 'people'"))
    }

    func testDuplicateNamesAreRefused() throws {
        let connection = try makeConnection()
        XCTAssertThrowsError(try Migrator.migrate(connection, [first, first])) {
            XCTAssertEqual($0 as? MigrationError, .duplicateName("001-schools"))
        }
    }

    func testFailingMigrationIsRolledBackAndNotRecorded() throws {
        let connection = try makeConnection()
        let broken = Migration(name: "002-broken", sql: "CREATE TABLE ok (x); CREATE TABLE oops (")
        assertThrowsSQLiteError(try Migrator.migrate(connection, [first, broken]))
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM schema_migrations"), 0)
        XCTAssertNil(try connection.queryOne("SELECT name FROM sqlite_schema WHERE name = 'ok'"))
        XCTAssertEqual(try Migrator.migrate(connection, [first, second]), ["001-schools", "002-people"])
    }

    func testFailedUpgradeLeavesTheDatabaseAsThePreviousReleaseLeftIt() throws {
        let connection = try makeConnection()
        try Migrator.migrate(connection, [first])
        try connection.execute("INSERT INTO schools (id, name) VALUES (1, 'Oak Hill')")
        let schemaBefore = try schemaText(connection)
        let broken = Migration(name: "003-broken", sql: "DELETE FROM schools; CREATE TABLE oops (")
        assertThrowsSQLiteError(try Migrator.migrate(connection, [first, second, broken]))
        XCTAssertEqual(try schemaText(connection), schemaBefore)
        XCTAssertEqual(try connection.query("SELECT name FROM schema_migrations").map { try $0.string("name") }, ["001-schools"])
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM schools"), 1)
        XCTAssertEqual(try Migrator.migrate(connection, [first]), [], "the previous release still starts")
    }

    private func schemaText(_ connection: Connection) throws -> [String] {
        try connection.query("SELECT type, name, sql FROM sqlite_schema ORDER BY name").map {
            "\(try $0.string("type")) \(try $0.string("name")) \(try $0.optionalString("sql") ?? "")"
        }
    }

    func testTableRebuildDoesNotCascadeAndForeignKeyBreakageIsCaught() throws {
        let connection = try makeConnection()
        let parent = Migration(name: "001", sql: """
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE);
            INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1);
            """)
        let rebuild = Migration(name: "002", sql: """
            CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT);
            INSERT INTO parent_new (id) SELECT id FROM parent;
            DROP TABLE parent;
            ALTER TABLE parent_new RENAME TO parent;
            """)
        try Migrator.migrate(connection, [parent, rebuild])
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM child"), 1)

        let orphaning = Migration(name: "003", sql: "DELETE FROM parent")
        XCTAssertThrowsError(try Migrator.migrate(connection, [parent, rebuild, orphaning])) {
            XCTAssertEqual($0 as? MigrationError, .foreignKeyViolation(migration: "003", table: "child"))
        }
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM parent"), 1)
    }

    func testDatabaseMigrateUsesWriter() throws {
        let database = try Database(path: try makeTemporaryDirectory().path(), readerCount: 1)
        XCTAssertEqual(try database.migrate([first, second]), ["001-schools", "002-people"])
        XCTAssertEqual(try database.migrate([first, second]), [])
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM schema_migrations") }, 2)
    }
}
