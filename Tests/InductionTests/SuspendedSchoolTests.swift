import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// A suspended school keeps its records; the appropriate body accepts no new ECT registrations from it.
final class SuspendedSchoolTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func register(at schoolID: Int) throws -> ECTRegistrationOutcome {
        let form = TestFixtures.makeECTRegistrationForm(fte: "1")
        let registration = try XCTUnwrap(form.validate(today: time.today).value)
        return try RegisterECT(store: InductionStore(database: database, time: time))
            .register(registration, schoolID: schoolID, author: TestFixtures.makeAuthor(name: "Test", clientAddress: "127.0.0.1"))
    }

    func testASuspendedSchoolCannotRegisterAnECTUntilReinstated() throws {
        let schoolID = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools ORDER BY id LIMIT 1") })
        let administration = SchoolAdministration(database: database, time: time)
        XCTAssertTrue(try administration.setStatus(schoolID: schoolID, suspended: true, actorName: "AB", actorUserID: nil, clientAddress: ""))
        XCTAssertEqual(try register(at: schoolID), .refused(["firstName": RegisterECT.suspendedMessage]))
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM ects WHERE trn = '4012345'") }, 0)
        XCTAssertTrue(try administration.setStatus(schoolID: schoolID, suspended: false, actorName: "AB", actorUserID: nil, clientAddress: ""))
        guard case .registered = try register(at: schoolID) else { return XCTFail("a reinstated school registers ECTs") }
        let actions = try database.read { try $0.query("SELECT action FROM audit_events ORDER BY id").map { try $0.string("action") } }
        XCTAssertEqual(actions.filter { $0.hasPrefix("school.") }, ["school.suspended", "school.reinstated"])
    }

    func testSettingTheSameStatusOrPhaseAgainWritesNothing() throws {
        let schoolID = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools ORDER BY id LIMIT 1") })
        let administration = SchoolAdministration(database: database, time: time)
        XCTAssertTrue(try administration.setStatus(schoolID: schoolID, suspended: false, actorName: "AB", actorUserID: nil, clientAddress: ""))
        XCTAssertTrue(try administration.setPhase(schoolID: schoolID, phase: .primary, actorName: "AB", actorUserID: nil, clientAddress: ""))
        XCTAssertTrue(try administration.setPhase(schoolID: schoolID, phase: .primary, actorName: "AB", actorUserID: nil, clientAddress: ""))
        XCTAssertFalse(try administration.setStatus(schoolID: 999_999, suspended: true, actorName: "AB", actorUserID: nil, clientAddress: ""))
        let actions = try database.read { try $0.query("SELECT action FROM audit_events WHERE action LIKE 'school.%'").map { try $0.string("action") } }
        XCTAssertEqual(actions, ["school.phase_changed"])
    }
}
