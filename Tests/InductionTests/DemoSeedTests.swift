import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

final class DemoSeedTests: XCTestCase {
    private let time = TestFixtures.fixedTime

    func testSeedsThreeSchoolsAndTwelveECTsOnceWithAnAuditEvent() throws {
        let database = try TestFixtures.makeDatabase(seeded: false)
        XCTAssertTrue(try SeedDemoData(store: InductionStore(database: database, time: time)).seed(author: .system("induct demo")))
        XCTAssertFalse(try SeedDemoData(store: InductionStore(database: database, time: time)).seed(author: .system("induct demo")), "second run changes nothing")
        let rosters = try database.read { try InductionDirectory().rosters($0) }
        XCTAssertEqual(rosters.map(\.school.name), ["Calder Valley Primary School", "Holme Moss Academy", "St Aidan's C of E High School"])
        XCTAssertEqual(rosters.map(\.ects.count), [4, 4, 4])
        XCTAssertEqual(rosters[0].ects.map(\.lastName), ["Chauhan", "Hartley", "Nwosu", "Whitaker"], "by surname")
        let audit = try database.read { try $0.query("SELECT actor, action, occurred_at FROM audit_events") }
        XCTAssertEqual(audit.count, 1)
        XCTAssertEqual(try audit[0].string("action"), "demo.seeded")
        XCTAssertEqual(try audit[0].string("occurred_at"), "2026-11-25T10:00:00Z")
    }

    func testRostersIncludeSchoolsWithoutECTs() throws {
        let database = try TestFixtures.makeDatabase(seeded: false)
        try database.write { connection in
            try connection.run("INSERT INTO appropriate_bodies (name, created_at) VALUES ('AB', '2026-01-01T00:00:00Z')")
            try connection.run("INSERT INTO schools (appropriate_body_id, urn, name, created_at) VALUES (1, '100001', 'Empty School', '2026-01-01T00:00:00Z')")
        }
        let rosters = try database.read { try InductionDirectory().rosters($0) }
        XCTAssertEqual(rosters.count, 1)
        XCTAssertEqual(rosters[0].ects, [])
    }
}
