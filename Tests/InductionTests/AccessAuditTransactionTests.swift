import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 8: each change to roles, sessions and assignments writes its audit event in the change's own
/// transaction. With the audit refused the change fails and no table moves; allowed, it changes them.
final class AccessAuditTransactionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private let author = TestFixtures.makeAuthor(name: "Officer", role: .abAdmin)

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
    }

    private func id(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt(sql, bindings) })
    }

    func testGrantingARoleIsUndoneWhenItsAuditFails() throws {
        try AuditTransactionProbe(database).assertAtomic(["one_time_tokens", "outbox_messages", "role_grants", "users"]) {
            _ = try GrantRole(store: store)
                .grant(.abOfficer, to: Invitee(name: "Olu Officer", email: "olu@pennine.example"), schoolID: nil, author: author)
        }
    }

    func testRevokingARoleIsUndoneWhenItsAuditFails() throws {
        let grant = try id("SELECT g.id FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.email = 'mentor@107512.schools.example'")
        try AuditTransactionProbe(database).assertAtomic(["role_grants", "staff_assignments"]) {
            let revoked = try RevokeRole(store: store).revoke(grantID: grant, author: author)
            XCTAssertTrue(revoked)
        }
    }

    func testRemovingASchoolRoleIsUndoneWhenItsAuditFails() throws {
        let school = try id("SELECT id FROM schools WHERE urn = '107512'")
        let grant = try id("SELECT g.id FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.email = 'mentor@107512.schools.example'")
        try AuditTransactionProbe(database).assertAtomic(["role_grants", "staff_assignments"]) {
            let outcome = try RemoveSchoolRole(store: store).remove(grantID: grant, schoolID: school, author: author)
            XCTAssertEqual(outcome, .removed(.mentor))
        }
    }

    func testAssigningATutorIsUndoneWhenItsAuditFails() throws {
        let ect = try id("SELECT id FROM ects WHERE trn = '3012456'")
        let head = try id("SELECT id FROM users WHERE email = 'headteacher@107512.schools.example'")
        let choice = TutorAndMentorChoice(tutorUserID: head, mentorUserID: nil, from: CalendarDate(iso: "2026-11-25")!)
        try AuditTransactionProbe(database).assertAtomic(["staff_assignments"]) {
            guard case .changed = try AssignTutorAndMentor(store: store).assign(choice, ectID: ect, author: author) else {
                return XCTFail("a real change")
            }
        }
    }

    private func signedIn(_ email: String) throws -> String {
        let user = try id("SELECT id FROM users WHERE email = ?", [email])
        return try SessionStore(database: database, time: store.time)
            .start(userID: user, secondFactorPending: false, clientAddress: "", replacing: nil).token
    }

    func testSigningOutIsUndoneWhenItsAuditFails() throws {
        let token = try signedIn("mentor@107512.schools.example")
        try AuditTransactionProbe(database).assertAtomic(["sessions"]) { try SignOut(store: store).end(token, author: author) }
    }

    func testSwitchingRoleIsUndoneWhenItsAuditFails() throws {
        let email = "headteacher@107512.schools.example"
        let token = try signedIn(email)
        let grants = try SignInFixtures.grantIDs(database, userID: try id("SELECT id FROM users WHERE email = ?", [email]))
        let other = try XCTUnwrap(grants.last)
        XCTAssertGreaterThan(grants.count, 1, "the demo headteacher also tutors")
        try AuditTransactionProbe(database).assertAtomic(["sessions"]) {
            let switched = try SwitchRole(store: store).switchRole(token, to: other, author: author)
            XCTAssertNotNil(switched)
        }
    }

    func testRecordingARefusalIsOnlyItsAudit() throws {
        let event = AuditEvent(author: author, action: .permissionDenied, recordType: "request", detail: "probe")
        let probe = try AuditTransactionProbe(database).run { try RecordRefusal(store: store).record(event) }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
    }

    func testSeedingTheDemoIsUndoneWhenItsAuditFails() throws {
        database = try TestFixtures.makeDatabase(seeded: false, accounts: false)
        try AuditTransactionProbe(database).assertAtomic(["appropriate_bodies", "ects", "induction_periods", "schools"]) {
            let seeded = try SeedDemoData(store: store).seed(author: .system("induct demo"))
            XCTAssertTrue(seeded)
        }
        database = try TestFixtures.makeDatabase(accounts: false)
        try AuditTransactionProbe(database).assertAtomic(["role_grants", "staff_assignments", "users"]) {
            let accounts = try SeedDemoAccounts(store: store).seed(author: .system("induct demo"))
            XCTAssertFalse(accounts.isEmpty)
        }
    }
}
