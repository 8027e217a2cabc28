import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 7 items 12 and 13: a role given to an email that already has an account says so, keeps the
/// account's name, and never moves where that person lands when they sign in.
final class ExistingAccountPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
    }

    private func session(_ email: String, role: Role, urn: String?) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }

    /// Signed in as sign-in does it, in the person's landing role.
    private func landing(_ email: String) throws -> String? {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email))
        return session.get("/").location
    }

    func testAuthorisingARequestFromAnExistingAccountSaysWhatHappened() throws {
        let form = SchoolRegistrationForm(urn: "999002", schoolName: "Hebden Bridge Juniors", requesterName: "Sam Ellis",
                                          requesterRole: Role.headteacher.rawValue, requesterEmail: "HeadTeacher@107512.schools.example")
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        let visitor = Author(userID: nil, name: "anonymous", role: nil, clientAddress: "127.0.0.1")
        guard case .submitted(let id) = try SubmitSchoolRegistration(store: store).submit(form, author: visitor)
        else { return XCTFail("not submitted") }
        let admin = try session("ab-admin@pennine.example", role: .abAdmin, urn: nil)
        let list = admin.get("/admin/registrations").text
        XCTAssertTrue(list.contains("This email address belongs to an existing account, Rachel Sutcliffe."), "the match is on the request")
        let outboxBefore = try records.count("SELECT count(*) FROM outbox_messages WHERE recipient = 'headteacher@107512.schools.example'")

        let authorised = admin.post("/admin/registrations/\(id)/authorise")
        XCTAssertEqual(authorised.location, "/admin/registrations?authorised=\(id)")
        let after = admin.get(try XCTUnwrap(authorised.location)).text
        XCTAssertTrue(after.contains("Rachel Sutcliffe already has an account; they are now also headteacher at Hebden Bridge Juniors."), after)
        XCTAssertTrue(after.contains("We have emailed them to tell them."))
        XCTAssertFalse(after.contains("Sam Ellis"))
        XCTAssertFalse(after.contains("an invitation to set a password."))
        XCTAssertEqual(try records.count("SELECT count(*) FROM users WHERE name = 'Sam Ellis'"), 0, "the account's name is kept")
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages WHERE recipient = 'headteacher@107512.schools.example'"),
                       outboxBefore + 1)
        XCTAssertEqual(try records.count("SELECT count(*) FROM one_time_tokens t JOIN users u ON u.id = t.user_id "
            + "WHERE u.email = 'headteacher@107512.schools.example' AND t.purpose = 'invitation'"), 0, "no invitation for an account with a password")
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        XCTAssertEqual(try landing("headteacher@107512.schools.example"), "/schools/\(calder)", "she still lands at her first school")
    }

    func testAnotherSchoolsRoleNeverMovesWhereTheTutorLandsAndTheirNameIsKept() throws {
        let stAidans = try records.schoolID(urn: DemoRecords.stAidansURN)
        let holmeMoss = try records.schoolID(urn: DemoRecords.holmeMossURN)
        XCTAssertEqual(try landing("mentor@145630.schools.example"), "/schools/\(stAidans)")

        let head = try session("headteacher@138204.schools.example", role: .headteacher, urn: DemoRecords.holmeMossURN)
        head.get("/schools/\(holmeMoss)/staff/new")
        let added = head.post("/schools/\(holmeMoss)/staff/new",
                              form: [("name", "G. Pickles"), ("email", "mentor@145630.schools.example"), ("role", "induction_tutor")])
        XCTAssertEqual(added.status, 303)
        let location = try XCTUnwrap(added.location)
        XCTAssertTrue(location.contains("name-kept=1"), location)
        let banner = head.get(String(location.split(separator: "#")[0])).text
        XCTAssertTrue(banner.contains("This email belongs to an existing account named Gareth Pickles; the account&#39;s name is kept."), banner)
        XCTAssertEqual(try records.count("SELECT count(*) FROM users WHERE email = 'mentor@145630.schools.example' AND name = 'Gareth Pickles'"), 1)

        XCTAssertEqual(try landing("mentor@145630.schools.example"), "/schools/\(stAidans)",
                       "Holme Moss sorts before St Aidan's, yet the new role is not the landing role")
        let sameName = head.post("/schools/\(holmeMoss)/staff/new",
                                 form: [("name", "Gareth Pickles"), ("email", "mentor@145630.schools.example"), ("role", "mentor")])
        XCTAssertFalse(sameName.location?.contains("name-kept") ?? true, "the same name needs no note")
    }

    func testInvitingAnOfficerWithAnExistingAccountsEmailSaysTheNameIsKept() throws {
        let admin = try session("ab-admin@pennine.example", role: .abAdmin, urn: nil)
        admin.get("/admin/officers/new")
        let invited = admin.post("/admin/officers", form: [("name", "Laura B"), ("email", "mentor@107512.schools.example")])
        let location = try XCTUnwrap(invited.location)
        XCTAssertTrue(location.hasSuffix("&name-kept=1"), location)
        XCTAssertTrue(admin.get(location).text
            .contains("This email belongs to an existing account named Laura Bentley; the account&#39;s name is kept."))
        XCTAssertEqual(try landing("mentor@107512.schools.example"), "/ab",
                       "an appropriate body role is not another school's, so it comes first as before")
    }
}
