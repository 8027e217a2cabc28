import Foundation
import Synchronization
import XCTest
@testable import SQLite

/// The online backup copies a database that another connection keeps writing to, a few pages per
/// step, and the copy is one consistent, checked, self-contained file.
final class OnlineBackupTests: XCTestCase {
    private func makeSource(_ directory: TemporaryDirectory, rows: Int) throws -> Database {
        let database = try Database(path: directory.path("source.sqlite"), readerCount: 1)
        try database.write { c in
            try c.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT")
            try c.transaction {
                for n in 0..<rows { try c.run("INSERT INTO notes (body) VALUES (?)", [String(repeating: "n\(n) ", count: 40)]) }
            }
        }
        return database
    }

    func testCopiesEveryRowCommittedBeforeItAndFinishesWhileWritesContinue() throws {
        let directory = try makeTemporaryDirectory()
        let source = try makeSource(directory, rows: 2000)
        let stop = Atomic<Bool>(false)
        let writes = Atomic<Int>(0)
        let writer = Thread {
            while !stop.load(ordering: .relaxed) {
                try? source.write { try $0.run("INSERT INTO notes (body) VALUES ('during')") }
                writes.add(1, ordering: .relaxed)
            }
        }
        writer.start()
        defer { stop.store(true, ordering: .relaxed) }
        let copy = try OnlineBackup(pagesPerStep: 4, pauseBetweenSteps: 0.001).copy(from: source.path, to: directory.path("copy.sqlite"))
        stop.store(true, ordering: .relaxed)
        XCTAssertGreaterThan(writes.load(ordering: .relaxed), 0, "the writer was not held up")
        XCTAssertGreaterThan(copy.pageCount, 4, "more than one step")
        XCTAssertEqual(copy.byteCount, copy.pageCount * 4096)
        let copied = try Connection(path: copy.path, readOnly: true)
        XCTAssertEqual(try copied.scalarInt("SELECT count(*) FROM notes WHERE body != 'during'"), 2000)
        XCTAssertEqual(try copied.queryOne("PRAGMA journal_mode")?.string("journal_mode"), "delete")
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.path + "-wal"))
        XCTAssertEqual(try OnlineBackup.integrityProblems(at: copy.path), [])
    }

    func testAFileThatIsNotADatabaseFailsTheCheck() throws {
        let directory = try makeTemporaryDirectory()
        let path = directory.path("garbage.sqlite")
        try Data(repeating: 7, count: 8192).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try OnlineBackup.checked(path))
    }
}
