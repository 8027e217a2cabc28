import Induction
import InductTestSupport
import SQLite
import Web
import XCTest

/// design.md: every non-GET request carries the session's CSRF token, compared in constant time, and
/// an `Origin`, when sent, must be our own. A refused request changes nothing.
final class CSRFTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
    }

    private func signedIn(_ email: String, grantID: Int? = nil) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: grantID)
        return session
    }

    private func activeGrant(of session: TestSession) throws -> Int? {
        let token = try XCTUnwrap(session.sessionToken)
        return try application.services.sessions.resolve(token)?.principal?.active.id
    }

    private func requireSecondFactor() throws -> String? {
        try application.database.read { try $0.queryOne("SELECT value FROM settings WHERE key = 'require_second_factor'")?.string("value") }
    }

    private func csrfRejections() throws -> Int {
        try records.count("SELECT count(*) FROM audit_events WHERE action = 'csrf.rejected'")
    }

    func testRoleSwitchWithoutTheTokenIsRefusedAndTheRoleStays() throws {
        let email = "headteacher@107512.schools.example"
        let head = try records.grantID(email: email, role: .headteacher, urn: DemoRecords.calderValleyURN)
        let tutor = try records.grantID(email: email, role: .inductionTutor, urn: DemoRecords.calderValleyURN)
        let session = try signedIn(email, grantID: head)
        let token = session.sessionToken

        let refused = session.post("/account/role", form: [("grant", String(tutor))], csrf: .none)
        XCTAssertEqual(refused.status, 403)
        XCTAssertTrue(refused.text.contains("Your form could not be sent"))
        XCTAssertEqual(session.sessionToken, token, "no new session")
        XCTAssertEqual(try activeGrant(of: session), head, "still the headteacher")
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'role.switched'"), 0)

        let wrong = session.post("/account/role", form: [("grant", String(tutor))], csrf: .value(String(repeating: "A", count: 43)))
        XCTAssertEqual(wrong.status, 403)
        XCTAssertEqual(try activeGrant(of: session), head)

        // The control: the same form with the page's token switches the role.
        XCTAssertEqual(session.get("/account").status, 200)
        let switched = session.post("/account/role", form: [("grant", String(tutor))])
        XCTAssertEqual(switched.status, 303)
        XCTAssertEqual(try activeGrant(of: session), tutor)
    }

    func testAnotherSessionsTokenCannotChangeSettings() throws {
        let admin = try signedIn("ab-admin@pennine.example")
        let other = try signedIn("ab-admin@pennine.example")
        let othersToken = try XCTUnwrap(other.csrfToken)
        XCTAssertNotEqual(admin.csrfToken, othersToken, "each session has its own token")
        let before = try requireSecondFactor()
        let rejectionsBefore = try csrfRejections()

        let refused = admin.post("/admin/settings", form: [("requireSecondFactor", "1")], csrf: .value(othersToken))
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(try requireSecondFactor(), before, "the setting is unchanged")
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'settings.changed'"), 0)
        XCTAssertEqual(try csrfRejections(), rejectionsBefore + 1, "the refusal is audited")

        let visitor = TestSession(application)
        visitor.get("/sign-in")
        let visitorToken = try XCTUnwrap(visitor.csrfToken)
        XCTAssertEqual(admin.post("/admin/settings", form: [("requireSecondFactor", "1")], csrf: .value(visitorToken)).status, 403,
                       "nor can a visitor's")
        XCTAssertEqual(try requireSecondFactor(), before)

        XCTAssertEqual(admin.post("/admin/settings", form: [("requireSecondFactor", "1")]).status, 303, "the control: own token")
        XCTAssertEqual(try requireSecondFactor(), "1")
    }

    func testSignOutWithoutTheTokenKeepsTheSession() throws {
        let session = try signedIn("mentor@107512.schools.example")
        let userID = try records.userID(email: "mentor@107512.schools.example")
        let refused = session.post("/sign-out", csrf: .none)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(try records.count("SELECT count(*) FROM sessions WHERE user_id = ?", [userID]), 1, "the session row is still there")
        XCTAssertEqual(session.get("/account").status, 200, "still signed in")
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'signed_out'"), 0)
    }

    func testAForeignOriginIsRefusedEvenWithTheRightToken() throws {
        let session = try signedIn("mentor@107512.schools.example")
        let userID = try records.userID(email: "mentor@107512.schools.example")
        for origin in ["https://evil.example", "http://localhost.evil.example", "null", "https://localhost"] {
            let refused = session.post("/sign-out", headers: [("Origin", origin)])
            XCTAssertEqual(refused.status, 403, origin)
            XCTAssertTrue(refused.text.contains("Your form could not be sent"), origin)
        }
        XCTAssertEqual(try records.count("SELECT count(*) FROM sessions WHERE user_id = ?", [userID]), 1)
        XCTAssertEqual(session.get("/account").status, 200, "still signed in")
        XCTAssertTrue(try records.auditText().contains("origin mismatch"))

        let same = session.post("/sign-out", headers: [("Origin", "http://localhost")])
        XCTAssertEqual(same.status, 303, "our own origin is accepted")
        XCTAssertEqual(try records.count("SELECT count(*) FROM sessions WHERE user_id = ?", [userID]), 0)
    }

    func testTheTokenOfThePageBeforeSignInDoesNotWorkAfterIt() throws {
        let session = TestSession(application)
        session.get("/sign-in")
        let before = try XCTUnwrap(session.csrfToken)
        XCTAssertEqual(session.post("/sign-in", form: [("email", "mentor@107512.schools.example"),
                                                       ("password", TestEnvironment.demoPassword)]).status, 303)
        XCTAssertEqual(session.post("/sign-out", csrf: .value(before)).status, 403, "sign-in gives a new CSRF token")
        XCTAssertEqual(session.get("/account").status, 200)
        let after = try XCTUnwrap(session.csrfToken)
        XCTAssertNotEqual(after, before)
    }

    func testAPostWithoutAnySessionIsRefusedBeforeTheController() throws {
        let session = TestSession(application)
        let outbox = try records.count("SELECT count(*) FROM outbox_messages")
        let requests = try records.count("SELECT count(*) FROM school_registration_requests")
        let response = session.post("/forgot-password", form: [("email", "mentor@107512.schools.example")])
        XCTAssertEqual(response.status, 403)
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages"), outbox, "no reset email was queued")
        let registration = session.post("/register-school", form: [("urn", "123456"), ("schoolName", "Nowhere School"),
                                                                   ("requesterName", "Pat"), ("requesterRole", "headteacher"),
                                                                   ("requesterEmail", "pat@example.org")])
        XCTAssertEqual(registration.status, 403)
        XCTAssertEqual(try records.count("SELECT count(*) FROM school_registration_requests"), requests)
        // The control: the same form after the page gave a token is accepted.
        session.get("/forgot-password")
        XCTAssertEqual(session.post("/forgot-password", form: [("email", "mentor@107512.schools.example")]).status, 200)
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages"), outbox + 1)
    }
}
