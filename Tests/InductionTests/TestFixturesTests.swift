import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import Security
import XCTest

/// The shared factories give each test its own database, in the state it asked for.
final class TestFixturesTests: XCTestCase {
    private func count(_ database: Database, _ table: String) throws -> Int {
        try database.read { try $0.scalarInt("SELECT count(*) FROM \(table)") ?? -1 }
    }

    func testEachSeededDatabaseIsItsOwnCopy() throws {
        let first = try TestFixtures.makeDatabase()
        let second = try TestFixtures.makeDatabase()
        let users = try count(second, "users")
        XCTAssertGreaterThan(users, 0, "the demo accounts are there")
        try SignInFixtures.makeUser(first, email: "only.here@example.org")
        XCTAssertEqual(try count(first, "users"), users + 1)
        XCTAssertEqual(try count(second, "users"), users, "a change in one copy does not reach another")
    }

    func testSeededWithoutAccountsHasTheSchoolsAndNoUsers() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        XCTAssertEqual(try count(database, "schools"), 3)
        XCTAssertEqual(try count(database, "ects"), 12)
        XCTAssertEqual(try count(database, "users"), 0)
    }

    func testUnseededIsMigratedAndEmpty() throws {
        let database = try TestFixtures.makeDatabase(seeded: false)
        XCTAssertEqual(try count(database, "schools"), 0)
        XCTAssertEqual(try count(database, "audit_events"), 0)
    }

    func testTheDemoPasswordSignsInADemoAccount() throws {
        let database = try TestFixtures.makeDatabase()
        let hash = try XCTUnwrap(try database.read {
            try $0.query("SELECT password_hash FROM users WHERE password_hash IS NOT NULL LIMIT 1").first?.string("password_hash")
        })
        XCTAssertTrue(PasswordHasher.verify(TestFixtures.demoPassword, against: hash))
    }

    func testTheFixedClockIsTwentyFifthNovember2026AtTen() {
        XCTAssertEqual(TestFixtures.fixedTime.timestamp, "2026-11-25T10:00:00Z")
        XCTAssertEqual(MutableTimeSource().timestamp, "2026-11-25T10:00:00Z", "the hand-moved clock starts there too")
    }

    func testTheRegistrationFormFactoryMakesAValidRegistration() {
        let form = TestFixtures.makeECTRegistrationForm()
        XCTAssertEqual(form.validate(today: TestFixtures.fixedTime.today).messages, [:])
        XCTAssertEqual(form.email, "priya.sandhu@example.org")
    }
}
