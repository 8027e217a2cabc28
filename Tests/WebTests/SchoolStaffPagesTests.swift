import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 4 item 3: the headteacher and induction lead add and remove school roles.
final class SchoolStaffPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder = 0
    private let head = "headteacher@107512.schools.example"
    private let lead = "induction-lead@107512.schools.example"

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
    }

    private func session(_ email: String, role: Role, urn: String? = DemoRecords.calderValleyURN) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }

    /// Browsers never send the `#people` fragment of a redirect.
    private static func withoutFragment(_ location: String) -> String {
        String(location.split(separator: "#", maxSplits: 1)[0])
    }

    func testTheHeadteacherAddsAMentorWhoIsSentAnInvitation() throws {
        let session = TestSession(application)
        XCTAssertEqual(session.signIn(head).status, 303)
        XCTAssertTrue(session.get("/schools/\(calder)").text.contains("Add a member of staff"))
        let form = session.get("/schools/\(calder)/staff/new")
        XCTAssertEqual(form.status, 200)
        XCTAssertTrue(form.text.contains("Mentors support the ECT; they never assess (statutory guidance 2.45)."))
        let response = session.post("/schools/\(calder)/staff/new",
                                    form: [("name", "Nia Mentor"), ("email", "Nia.Mentor@Example.org"), ("role", "mentor")])
        XCTAssertEqual(response.status, 303)
        XCTAssertTrue(response.location?.hasPrefix("/schools/\(calder)?invited=") == true, "\(response.location ?? "")")
        XCTAssertEqual(try records.count("""
            SELECT count(*) FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE u.email = 'nia.mentor@example.org' AND g.role = 'mentor' AND g.school_id = ?
            """, [calder]), 1)
        XCTAssertEqual(try records.count(
            "SELECT count(*) FROM outbox_messages WHERE recipient = 'nia.mentor@example.org' AND subject = 'Set up your Induct account'"), 1)
        XCTAssertTrue(try records.auditActions().contains("role.granted"))
        XCTAssertTrue(try records.auditActions().contains("user.invited"))
        let page = session.get(Self.withoutFragment(response.location!))
        XCTAssertTrue(page.text.contains("Invitation sent to Nia Mentor at nia.mentor@example.org"))
        XCTAssertTrue(page.text.contains("nia.mentor@example.org"))
    }

    func testSomeoneWithAnAccountIsToldTheyNowAlsoHoldTheRole() throws {
        let session = try session(lead, role: .inductionLead)
        session.get("/schools/\(calder)/staff/new")
        let response = session.post("/schools/\(calder)/staff/new",
                                    form: [("name", "Anyone"), ("email", "mentor@107512.schools.example"), ("role", "school_admin")])
        XCTAssertTrue(response.location?.hasPrefix("/schools/\(calder)?granted=") == true, "\(response.location ?? "")")
        XCTAssertTrue(HTML.decodeEntities(session.get(Self.withoutFragment(response.location!)).text).contains("now also holds the role of school administrator"))
    }

    func testAnInvalidEmailIsA422ThatKeepsWhatWasTyped() throws {
        let session = try session(head, role: .headteacher)
        session.get("/schools/\(calder)/staff/new")
        let response = session.post("/schools/\(calder)/staff/new",
                                    form: [("name", "Nia Mentor"), ("email", "not-an-email"), ("role", "mentor")])
        XCTAssertEqual(response.status, 422)
        XCTAssertTrue(response.text.contains("There is a problem"))
        XCTAssertTrue(response.text.contains(RoleGrantError.invalidEmail.message))
        XCTAssertTrue(response.text.contains(#"value="Nia Mentor""#))
        XCTAssertTrue(response.text.contains(#"value="not-an-email""#))
        XCTAssertTrue(response.text.contains(#"value="mentor" checked"#))
        XCTAssertEqual(try records.count("SELECT count(*) FROM users WHERE name = 'Nia Mentor'"), 0)
    }

    func testARoleMustBeChosenAndARoleHeldAlreadyIsRefused() throws {
        let session = try session(head, role: .headteacher)
        session.get("/schools/\(calder)/staff/new")
        let none = session.post("/schools/\(calder)/staff/new", form: [("name", "Nia Mentor"), ("email", "nia@example.org")])
        XCTAssertEqual(none.status, 422)
        XCTAssertTrue(none.text.contains("Select their role"))
        let held = session.post("/schools/\(calder)/staff/new",
                                form: [("name", "Mentor"), ("email", "mentor@107512.schools.example"), ("role", "mentor")])
        XCTAssertEqual(held.status, 422)
        XCTAssertTrue(held.text.contains(RoleGrantError.alreadyHeld.message))
    }

    func testAnInductionTutorMayNotManageStaff() throws {
        let session = try session(head, role: .inductionTutor)
        let mentorGrant = try records.grantID(email: "mentor@107512.schools.example", role: .mentor, urn: DemoRecords.calderValleyURN)
        XCTAssertEqual(session.get("/schools/\(calder)/staff/new").status, 403)
        XCTAssertEqual(session.post("/schools/\(calder)/staff/new", form: [("name", "X"), ("email", "x@example.org"), ("role", "mentor")]).status, 403)
        XCTAssertEqual(session.get("/schools/\(calder)/staff/\(mentorGrant)/remove").status, 403)
        XCTAssertEqual(session.post("/schools/\(calder)/staff/\(mentorGrant)/remove").status, 403)
        let page = session.get("/schools/\(calder)")
        XCTAssertTrue(page.text.contains("People"))
        XCTAssertFalse(page.text.contains("Add a member of staff"))
        XCTAssertFalse(page.text.contains("/staff/\(mentorGrant)/remove"))
    }

    func testAGrantOfAnotherSchoolIsNotFound() throws {
        let session = try session(head, role: .headteacher)
        session.get("/schools/\(calder)")
        let holmeMentor = try records.grantID(email: "mentor@138204.schools.example", role: .mentor, urn: DemoRecords.holmeMossURN)
        XCTAssertEqual(session.get("/schools/\(calder)/staff/\(holmeMentor)/remove").status, 404)
        XCTAssertEqual(session.post("/schools/\(calder)/staff/\(holmeMentor)/remove").status, 404)
        XCTAssertEqual(try records.count("SELECT count(*) FROM role_grants WHERE id = ?", [holmeMentor]), 1)
    }

    func testTheHeadteacherRemovesAMentorRole() throws {
        let grantID = try records.makeMentorGrant(urn: DemoRecords.calderValleyURN, email: "leaving@example.org", time: TestEnvironment.fixedTime)
        let session = try session(head, role: .headteacher)
        let confirm = session.get("/schools/\(calder)/staff/\(grantID)/remove")
        XCTAssertEqual(confirm.status, 200)
        XCTAssertEqual(confirm.heading, "Remove Morgan Mentor as mentor?")
        let response = session.post("/schools/\(calder)/staff/\(grantID)/remove")
        XCTAssertEqual(response.location, "/schools/\(calder)?removed=mentor#people")
        XCTAssertEqual(try records.count("SELECT count(*) FROM role_grants WHERE id = ?", [grantID]), 0)
        XCTAssertTrue(try records.auditActions().contains("role.revoked"))
        XCTAssertTrue(session.get("/schools/\(calder)?removed=mentor").text.contains("The mentor role has been removed."))
    }

    func testNobodyRemovesTheirOwnLastManagingRoleOrTheSchoolsLastManager() throws {
        let session = try session(head, role: .headteacher)
        let own = try records.grantID(email: head, role: .headteacher, urn: DemoRecords.calderValleyURN)
        let leadGrant = try records.grantID(email: lead, role: .inductionLead, urn: DemoRecords.calderValleyURN)
        let mine = session.get("/schools/\(calder)/staff/\(own)/remove")
        XCTAssertTrue(mine.text.contains("You cannot remove your own role as headteacher"))
        XCTAssertFalse(mine.text.contains("Remove role</button>"))
        XCTAssertEqual(session.post("/schools/\(calder)/staff/\(own)/remove").status, 422)
        // The induction lead may go while the headteacher remains; then the headteacher is the last one.
        XCTAssertEqual(session.post("/schools/\(calder)/staff/\(leadGrant)/remove").status, 303)
        let last = session.post("/schools/\(calder)/staff/\(own)/remove")
        XCTAssertEqual(last.status, 422)
        XCTAssertTrue(HTML.decodeEntities(last.text).contains("is the last headteacher or induction lead at this school"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM role_grants WHERE id = ?", [own]), 1)
    }

    func testEveryoneWhoSeesTheSchoolSeesItsPeopleAndTheMentorHint() throws {
        let session = try session("mentor@107512.schools.example", role: .mentor)
        let page = session.get("/schools/\(calder)")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains(#"id="people""#))
        XCTAssertTrue(page.text.contains(head))
        XCTAssertTrue(page.text.contains("Mentors support the ECT; they never assess (statutory guidance 2.45)."))
        XCTAssertFalse(page.text.contains("Add a member of staff"))
    }
}
