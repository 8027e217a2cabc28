import Foundation
import Induction
import SQLite
import XCTest

/// A suspended school keeps its records; the appropriate body accepts no new ECT registrations from it.
final class SuspendedSchoolTests: XCTestCase {
    private let time = FixedTimeSource(Date(timeIntervalSince1970: 1_795_600_800))  // 25 November 2026
    private var database: Database!

    override func setUpWithError() throws {
        database = try Database(path: NSTemporaryDirectory() + "induct-suspended-\(UUID().uuidString).sqlite", readerCount: 1)
        _ = try database.migrate(Schema.migrations)
        try SeedDemoData(time: time).run(in: database)
    }

    private func register(at schoolID: Int) throws -> ECTRegistrationOutcome {
        var form = ECTRegistrationForm()
        form.firstName = "Priya"
        form.lastName = "Sandhu"
        form.email = "priya.sandhu@example.org"
        form.trn = "4012345"
        form.dateOfBirth = TypedDate(day: "27", month: "3", year: "1998")
        form.qtsDate = TypedDate(day: "14", month: "7", year: "2026")
        form.inductionStart = TypedDate(day: "1", month: "9", year: "2026")
        form.fte = "1"
        form.trainingProgramme = "provider-led"
        form.leadProvider = "Ambition Institute"
        let registration = try XCTUnwrap(form.registration(today: time.today))
        return try RegisterECT(database: database, time: time)
            .register(registration, schoolID: schoolID, actorName: "Test", actorUserID: nil, clientAddress: "127.0.0.1")
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
