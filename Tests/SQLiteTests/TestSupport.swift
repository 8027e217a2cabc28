import Foundation
import XCTest
@testable import SQLite

/// A fresh directory per test, removed afterwards.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sqlite-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String = "test.sqlite") -> String {
        url.appendingPathComponent(name).path
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

extension XCTestCase {
    func makeTemporaryDirectory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        addTeardownBlock { _ = directory }
        return directory
    }

    func makeConnection(schema: String = "") throws -> Connection {
        let connection = try Connection(path: try makeTemporaryDirectory().path())
        if !schema.isEmpty { try connection.execute(schema) }
        return connection
    }

    func assertThrowsSQLiteError(
        _ expression: @autoclosure () throws -> some Any,
        file: StaticString = #filePath, line: UInt = #line,
        _ check: (SQLiteError) -> Void = { _ in }
    ) {
        XCTAssertThrowsError(try expression(), file: file, line: line) { error in
            guard let error = error as? SQLiteError else {
                return XCTFail("expected SQLiteError, got \(error)", file: file, line: line)
            }
            check(error)
        }
    }
}

let peopleSchema = """
    CREATE TABLE schools (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        school_id INTEGER REFERENCES schools(id),
        email TEXT NOT NULL UNIQUE,
        age INTEGER CHECK (age >= 18),
        score REAL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        photo BLOB
    );
    """
