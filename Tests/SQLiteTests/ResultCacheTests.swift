import Foundation
import XCTest
@testable import SQLite

/// `Database.cachedRead` serves a result again only while no connection has committed a change:
/// this process's writer, another process's connection, or a rolled-back write that changed nothing.
final class ResultCacheTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var database: Database!
    private var computed = 0

    override func setUpWithError() throws {
        folder = try makeTemporaryDirectory()
        database = try Database(path: folder.path(), readerCount: 2)
        try database.write { try $0.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)") }
    }

    private func sum(_ key: String = "sum") throws -> Int {
        try database.cachedRead(key) { c in
            computed += 1
            return try c.scalarInt("SELECT sum(x) FROM t") ?? 0
        }
    }

    func testAResultIsServedAgainUntilTheWriterCommits() throws {
        XCTAssertEqual(try sum(), 1)
        XCTAssertEqual(try sum(), 1)
        XCTAssertEqual(computed, 1, "served from the cache while nothing changed")
        try database.write { try $0.run("INSERT INTO t VALUES (2)") }
        XCTAssertEqual(try sum(), 3, "the commit is seen")
        XCTAssertEqual(computed, 2)
        XCTAssertEqual(try sum(), 3)
        XCTAssertEqual(computed, 2)
    }

    func testACommitFromAnotherConnectionIsSeenToo() throws {
        XCTAssertEqual(try sum(), 1)
        // As `induct user` or `induct retention` would, from another process.
        let other = try Database(path: folder.path(), readerCount: 1)
        try other.write { try $0.run("UPDATE t SET x = 10") }
        XCTAssertEqual(try sum(), 10)
        XCTAssertEqual(computed, 2)
    }

    func testARolledBackWriteLeavesTheResultAsItWas() throws {
        XCTAssertEqual(try sum(), 1)
        struct Refused: Error {}
        XCTAssertThrowsError(try database.write { c in
            try c.transaction { try c.run("INSERT INTO t VALUES (5)"); throw Refused() }
        })
        XCTAssertEqual(try sum(), 1)
    }

    func testAVersionQueryOfItsOwnIgnoresCommitsThatLeaveItAlone() throws {
        try database.write { try $0.execute("CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0); CREATE TABLE log (x TEXT)") }
        func counted() throws -> Int {
            try database.cachedRead("counted", version: "SELECT n FROM counter") { c in
                computed += 1
                return try c.scalarInt("SELECT sum(x) FROM t") ?? 0
            }
        }
        XCTAssertEqual(try counted(), 1)
        try database.write { try $0.run("INSERT INTO log VALUES ('a page view')") }
        XCTAssertEqual(try counted(), 1)
        XCTAssertEqual(computed, 1, "a commit the counter does not count keeps the result")
        try database.write { c in try c.transaction { try c.run("UPDATE t SET x = 7"); try c.run("UPDATE counter SET n = n + 1") } }
        XCTAssertEqual(try counted(), 7)
        XCTAssertEqual(computed, 2)
    }

    func testWithoutAnAnswerFromTheVersionQueryNothingIsCached() throws {
        for _ in 1...2 {
            XCTAssertEqual(try database.cachedRead("x", version: "SELECT n FROM no_such_table") { c in
                computed += 1
                return try c.scalarInt("SELECT sum(x) FROM t") ?? 0
            }, 1)
        }
        XCTAssertEqual(computed, 2)
    }

    func testEachKeyHasItsOwnResult() throws {
        XCTAssertEqual(try sum("a"), 1)
        XCTAssertEqual(try sum("b"), 1)
        XCTAssertEqual(computed, 2)
        let text = try database.cachedRead("a") { _ in "not an Int" }
        XCTAssertEqual(text, "not an Int", "a key read as another type is computed, never cast")
    }

    /// When full, the cache drops results of older versions, then the least recently served
    /// quarter, and keeps the rest (it used to empty itself).
    func testAFullCacheDropsTheLeastRecentlyServedAndKeepsTheRest() throws {
        let watcher = try Connection(path: folder.path(), readOnly: true)
        let cache = ResultCache(watcher: watcher, capacity: 4)
        var computed: [String] = []
        func read(_ key: String) throws -> String {
            try cache.value(key, version: Database.everyCommit) { computed.append(key); return key }
        }
        for key in ["a", "b", "c", "d"] { _ = try read(key) }
        _ = try read("a")
        _ = try read("e")
        XCTAssertEqual(computed, ["a", "b", "c", "d", "e"], "a was served from the cache")
        for key in ["a", "c", "d", "e"] { _ = try read(key) }
        XCTAssertEqual(computed.count, 5, "only b, the least recently served, was dropped")
        _ = try read("b")
        XCTAssertEqual(computed.last, "b")
        XCTAssertEqual(computed.count, 6)
        try database.write { try $0.run("INSERT INTO t VALUES (2)") }
        for key in ["f", "g", "h"] { _ = try read(key) }
        for key in ["f", "g", "h"] { _ = try read(key) }
        XCTAssertEqual(computed.count, 9, "after a commit the stale results made room for the new ones")
    }
}
