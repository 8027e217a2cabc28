import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// A suspended school keeps its records; the appropriate body accepts no new ECT registrations from it.
final class SuspendedSchoolTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private let ab = TestFixtures.makeAuthor(name: "AB", role: .abAdmin)

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
        let store = InductionStore(database: database, time: time)
        XCTAssertTrue(try ChangeSchoolStatus(store: store).change(schoolID: schoolID, suspended: true, author: ab))
        XCTAssertEqual(try register(at: schoolID), .refused(["firstName": RegisterECT.suspendedMessage]))
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM ects WHERE trn = '4012345'") }, 0)
        XCTAssertTrue(try ChangeSchoolStatus(store: store).change(schoolID: schoolID, suspended: false, author: ab))
        guard case .registered = try register(at: schoolID) else { return XCTFail("a reinstated school registers ECTs") }
        let actions = try database.read { try $0.query("SELECT action FROM audit_events ORDER BY id").map { try $0.string("action") } }
        XCTAssertEqual(actions.filter { $0.hasPrefix("school.") }, ["school.suspended", "school.reinstated"])
    }

    func testSettingTheSameStatusOrPhaseAgainWritesNothing() throws {
        let schoolID = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools ORDER BY id LIMIT 1") })
        let store = InductionStore(database: database, time: time)
        XCTAssertTrue(try ChangeSchoolStatus(store: store).change(schoolID: schoolID, suspended: false, author: ab))
        XCTAssertTrue(try RecordSchoolPhase(store: store).record(.primary, schoolID: schoolID, author: ab))
        XCTAssertTrue(try RecordSchoolPhase(store: store).record(.primary, schoolID: schoolID, author: ab))
        XCTAssertFalse(try ChangeSchoolStatus(store: store).change(schoolID: 999_999, suspended: true, author: ab))
        let actions = try database.read { try $0.query("SELECT action FROM audit_events WHERE action LIKE 'school.%'").map { try $0.string("action") } }
        XCTAssertEqual(actions, ["school.phase_changed"])
    }
}
