import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

final class SchoolRegistrationsTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private var store: InductionStore { InductionStore(database: database, time: time, baseURL: "https://induct.test") }
    private var reader: InductionReader { store.reader }

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func visitor(_ address: String) -> Author {
        Author(userID: nil, name: "anonymous", role: nil, clientAddress: address)
    }

    private func admin(_ userID: Int, _ address: String) -> Author {
        TestFixtures.makeAuthor(name: "Ruth Admin", userID: userID, role: .abAdmin, clientAddress: address)
    }

    private func authorise(id: Int, admin author: Author) throws -> Bool {
        try AuthoriseSchoolRegistration(store: store).authorise(id: id, author: author)
    }

    private func reject(id: Int, reason: String, admin author: Author) throws -> Bool {
        try RejectSchoolRegistration(store: store).reject(id: id, reason: reason, author: author)
    }

    private func makeForm(urn: String = "123456", email: String = "Head@Moorside.example.org") -> SchoolRegistrationForm {
        SchoolRegistrationForm(urn: urn, schoolName: "Moorside Community Primary", requesterName: "Sam Okafor",
                               requesterRole: "headteacher", requesterEmail: email)
    }

    private func submit(_ form: SchoolRegistrationForm? = nil) throws -> Int {
        guard case .submitted(let id) = try SubmitSchoolRegistration(store: store).submit(form ?? makeForm(), author: visitor("198.51.100.7")) else {
            XCTFail("not submitted")
            return -1
        }
        return id
    }

    private func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) ?? -1 }
    }

    func testEachInvalidFieldHasItsOwnMessage() {
        XCTAssertEqual(SchoolRegistrationForm().validate().messages, [
            "urn": "Enter your school's URN",
            "schoolName": "Enter the school name",
            "requesterName": "Enter your full name",
            "requesterRole": "Select your role",
            "requesterEmail": "Enter your email address",
        ])
        var form = makeForm(urn: "12345", email: "head@nowhere")
        form.requesterRole = "mentor"
        form.schoolName = String(repeating: "a", count: 201)
        XCTAssertEqual(form.validate().messages, [
            "urn": "Enter a URN of 6 digits, like 123456",
            "schoolName": "School name must be 200 characters or fewer",
            "requesterRole": "Select your role",
            "requesterEmail": "Enter your email address in the correct format, like name@example.org",
        ])
        XCTAssertEqual(makeForm(urn: "12a456").validate().messages.keys.sorted(), ["urn"])
        XCTAssertEqual(makeForm(urn: "١٢٣٤٥٦").validate().messages.keys.sorted(), ["urn"], "only ASCII digits")
        XCTAssertEqual(makeForm(urn: " 123 456 ").validate().messages, [:])
    }

    func testASubmissionIsStoredCleanedAndAudited() throws {
        var form = makeForm(urn: " 123456 ")
        form.schoolName = "  Moorside\r\nCommunity Primary "
        form.requesterRole = "induction_lead"
        let id = try submit(form)
        let pending = try reader.schoolRegistrationsPage().pending
        XCTAssertEqual(pending.count, 1)
        XCTAssertEqual(pending[0].id, id)
        XCTAssertEqual(pending[0].urn, "123456")
        XCTAssertEqual(pending[0].schoolName, "Moorside Community Primary")
        XCTAssertEqual(pending[0].requesterEmail, "head@moorside.example.org")
        XCTAssertEqual(pending[0].requesterRole, .inductionLead)
        XCTAssertEqual(pending[0].status.rawValue, "pending")
        XCTAssertNil(pending[0].decidedAt)
        let audit = try database.read { try AuditLog().entries(AuditFilter(action: "school_registration."), $0) }
        XCTAssertEqual(audit.map(\.actionName), ["school_registration.requested"])
        XCTAssertEqual(audit.first?.actor, "Sam Okafor")
        XCTAssertEqual(audit.first?.clientAddress, "198.51.100.7")
        XCTAssertEqual(audit.first?.recordID, id)
    }

    func testAURNAlreadyUsedOrAlreadyRequestedIsRefused() throws {
        XCTAssertEqual(try SubmitSchoolRegistration(store: store).submit(makeForm(urn: "107512"), author: visitor("")),
                       .invalid(["urn": "A school with URN 107512 already uses Induct"]))
        _ = try submit()
        XCTAssertEqual(try SubmitSchoolRegistration(store: store).submit(makeForm(email: "other@example.org"), author: visitor("")),
                       .invalid(["urn": "A request for URN 123456 is already waiting for the appropriate body to decide"]))
        XCTAssertEqual(try count("SELECT count(*) FROM school_registration_requests"), 1)
    }

    func testAuthorisingCreatesTheSchoolAGrantAndAnInvitation() throws {
        let id = try submit()
        XCTAssertTrue(try authorise(id: id, admin: admin(try adminUserID(), "10.0.0.1")))
        let school = try XCTUnwrap(try database.read { try $0.queryOne("SELECT * FROM schools WHERE urn = '123456'") })
        XCTAssertEqual(try school.string("name"), "Moorside Community Primary")
        XCTAssertEqual(try school.int("appropriate_body_id"), 1)
        XCTAssertEqual(try count("""
            SELECT count(*) FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE u.email = 'head@moorside.example.org' AND g.role = 'headteacher' AND g.school_id = ?
            """, [try school.int("id")]), 1)
        let email = try XCTUnwrap(try database.read { try OutboxQueries().messages(status: nil, limit: 1, offset: 0, $0) }.first)
        XCTAssertEqual(email.recipient, "head@moorside.example.org")
        XCTAssertTrue(email.body.contains("https://induct.test/invitations/"))
        let request = try XCTUnwrap(try reader.schoolRegistrationRequest(id: id))
        XCTAssertEqual(request.status.rawValue, "authorised")
        XCTAssertEqual(request.decidedAt, "2026-11-25T10:00:00Z")
        XCTAssertEqual(try reader.schoolRegistrationsPage().pending, [])
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE action = 'school_registration.authorised' AND actor_user_id IS NOT NULL"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE action IN ('role.granted', 'user.invited') AND actor = 'Ruth Admin'"), 2)

        XCTAssertFalse(try authorise(id: id, admin: admin(try adminUserID(), "")))
        XCTAssertFalse(try reject(id: id, reason: "Too late", admin: admin(try adminUserID(), "")))
        XCTAssertFalse(try authorise(id: 999, admin: admin(try adminUserID(), "")))
        XCTAssertEqual(try count("SELECT count(*) FROM schools WHERE urn = '123456'"), 1)
    }

    func testRejectingNeedsAReasonAndEmailsIt() throws {
        let id = try submit()
        let ruth = try adminUserID()
        XCTAssertThrowsError(try reject(id: id, reason: " \n ", admin: admin(ruth, ""))) {
            XCTAssertEqual($0 as? SchoolRegistrationError, .reasonRequired)
        }
        XCTAssertThrowsError(try reject(id: id, reason: String(repeating: "x", count: 1001), admin: admin(ruth, ""))) {
            XCTAssertEqual($0 as? SchoolRegistrationError, .reasonTooLong)
        }
        let reason = "This school is not in our area; please contact your local authority."
        XCTAssertTrue(try reject(id: id, reason: "  \(reason) ", admin: admin(ruth, "")))
        let request = try XCTUnwrap(try reader.schoolRegistrationRequest(id: id))
        XCTAssertEqual(request.status.rawValue, "rejected")
        XCTAssertEqual(request.rejectionReason, reason)
        let email = try XCTUnwrap(try database.read { try OutboxQueries().messages(status: nil, limit: 1, offset: 0, $0) }.first)
        XCTAssertEqual(email.recipient, "head@moorside.example.org")
        XCTAssertTrue(email.body.contains(reason))
        let audit = try database.read { try AuditLog().entries(AuditFilter(action: "school_registration.rejected"), $0) }
        XCTAssertEqual(audit.count, 1)
        XCTAssertFalse(audit[0].detail.contains("local authority"), "the audit names the record, not the reason's text")
        XCTAssertFalse(try authorise(id: id, admin: admin(ruth, "")))
        XCTAssertEqual(try count("SELECT count(*) FROM schools WHERE urn = '123456'"), 0)
        _ = try submit()
    }

    func testAuthorisingRollsBackWhenTheURNHasSinceBeenTaken() throws {
        let id = try submit()
        try database.write { try $0.run("INSERT INTO schools (appropriate_body_id, urn, name, created_at) VALUES (1, '123456', 'Elsewhere', 'x')") }
        XCTAssertThrowsError(try authorise(id: id, admin: admin(try adminUserID(), ""))) {
            XCTAssertEqual($0 as? SchoolRegistrationError, .schoolAlreadyExists(urn: "123456"))
        }
        XCTAssertEqual(try reader.schoolRegistrationRequest(id: id)?.status.rawValue, "pending")
        XCTAssertEqual(try count("SELECT count(*) FROM users"), 1, "only the admin")
        XCTAssertEqual(try count("SELECT count(*) FROM outbox_messages"), 1, "only the admin's invitation")
    }

    private var adminID: Int?

    private func adminUserID() throws -> Int {
        if let adminID { return adminID }
        let result = try GrantRole(store: InductionStore(database: database, time: time, baseURL: "https://induct.test"))
            .grant(.abAdmin, to: Invitee(name: "Ruth Admin", email: "ruth@pennine.example.org"), schoolID: nil, author: Author(userID: nil, name: "induct user add", role: nil, clientAddress: ""))
        adminID = result.userID
        return result.userID
    }
}
