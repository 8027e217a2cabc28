import Induction
import InductTestSupport
import Web
import XCTest

/// Someone at one school types another school's ids into the address bar: every record there is
/// refused, and ids that are not ids are a plain 404, never a 500.
final class RecordGuessingTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
    }

    private func session(_ email: String, role: Role, urn: String) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email),
                                 grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }

    func testEveryCalderValleyRoleIsRefusedEveryHolmeMossAndStAidansRecord() throws {
        let people: [(String, Role)] = [
            ("headteacher@107512.schools.example", .headteacher),
            ("induction-lead@107512.schools.example", .inductionLead),
            ("headteacher@107512.schools.example", .inductionTutor),
            ("mentor@107512.schools.example", .mentor),
            ("school-admin@107512.schools.example", .schoolAdmin),
            ("amelia.hartley@107512.schools.example", .ect),
        ]
        var foreign: [String] = []
        for urn in [DemoRecords.holmeMossURN, DemoRecords.stAidansURN] {
            foreign.append("/schools/\(try records.schoolID(urn: urn))")
            foreign += try records.ectIDs(urn: urn).map { "/ects/\($0)" }
        }
        XCTAssertEqual(foreign.count, 10, "two schools and their eight ECTs")
        let deniedBefore = try records.count("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'")
        for (email, role) in people {
            let session = try session(email, role: role, urn: DemoRecords.calderValleyURN)
            for path in foreign {
                let response = session.get(path)
                XCTAssertTrue([403, 404].contains(response.status), "\(role.rawValue) \(email): \(path) gave \(response.status)")
                XCTAssertFalse(response.text.contains("Teacher reference number"), "\(role.rawValue): \(path) shows a record")
                for name in ["Fatima Begum", "Jack O&#39;Connor", "Hannah Mistry", "Yusuf Rahman"] {
                    XCTAssertFalse(response.text.contains(name), "\(role.rawValue): \(path) names \(name)")
                }
            }
        }
        let deniedAfter = try records.count("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'")
        XCTAssertEqual(deniedAfter - deniedBefore, people.count * foreign.count, "every refusal is audited")
    }

    func testTheSchoolAnECTLeftMayReadButNotChangeAndAThirdSchoolIsRefused() throws {
        let ectID = try XCTUnwrap(try records.ectIDs(urn: DemoRecords.calderValleyURN).first)
        let absenceID = try records.makeAbsence(ectID: ectID)
        try records.transfer(ectID: ectID, leaving: "2026-10-30", nextSchool: "", toURN: DemoRecords.holmeMossURN, joining: "2026-11-02",
                             time: TestEnvironment.fixedTime)
        let changes = ["/ects/\(ectID)/absences/new", "/ects/\(ectID)/leaving", "/ects/\(ectID)/working-pattern", "/ects/\(ectID)/programme",
                       "/ects/\(ectID)/absences/\(absenceID)/edit", "/ects/\(ectID)/absences/\(absenceID)/delete",
                       "/ects/\(ectID)/adjustments/new"]
        for (email, role) in [("headteacher@107512.schools.example", Role.headteacher), ("induction-lead@107512.schools.example", .inductionLead)] {
            let former = try session(email, role: role, urn: DemoRecords.calderValleyURN)
            XCTAssertEqual(former.get("/ects/\(ectID)").status, 200, "\(role.rawValue) of the former school reads its period")
            for path in changes {
                XCTAssertEqual(former.get(path).status, 403, "\(role.rawValue): GET \(path)")
                let posted = former.post(path, form: [("days", "1")])
                XCTAssertTrue(posted.status == 403 && posted.text.contains("You do not have access"), "\(role.rawValue): POST \(path)")
            }
        }
        XCTAssertEqual(try records.count("SELECT count(*) FROM absences WHERE id = ?", [absenceID]), 1, "nothing changed")
        let third = try session("headteacher@145630.schools.example", role: .headteacher, urn: DemoRecords.stAidansURN)
        XCTAssertEqual(third.get("/ects/\(ectID)").status, 403, "a school the ECT never attended")
        let tutor = try session("headteacher@107512.schools.example", role: .inductionTutor, urn: DemoRecords.calderValleyURN)
        XCTAssertEqual(tutor.get("/ects/\(ectID)").status, 403, "only the former headteacher and induction lead")
    }

    func testAnECTSeesOnlyTheirOwnRecordAndNoColleagues() throws {
        let session = try session("amelia.hartley@107512.schools.example", role: .ect, urn: DemoRecords.calderValleyURN)
        let mine = session.get("/my-induction")
        XCTAssertEqual(mine.status, 200)
        XCTAssertEqual(mine.heading, "Your induction")
        XCTAssertTrue(mine.text.contains("Amelia Hartley"))
        for id in try records.ectIDs(urn: DemoRecords.calderValleyURN) {
            XCTAssertEqual(session.get("/ects/\(id)").status, 403, "an ECT reads their record at /my-induction only (ECT \(id))")
        }
        XCTAssertEqual(session.get("/schools/\(try records.schoolID(urn: DemoRecords.calderValleyURN))").status, 403)
    }

    func testTheSameRoleAtItsOwnSchoolSeesTheRecords() throws {
        // The control for the tests above: the refusals are about the school, not the role.
        let session = try session("headteacher@107512.schools.example", role: .inductionTutor, urn: DemoRecords.calderValleyURN)
        for id in try records.ectIDs(urn: DemoRecords.calderValleyURN) {
            let response = session.get("/ects/\(id)")
            XCTAssertEqual(response.status, 200, "ECT \(id)")
            XCTAssertTrue(response.text.contains("Teacher reference number"))
        }
    }

    func testAMentorAtTheirOwnSchoolOpensOnlyTheirMentees() throws {
        // Item 11: Laura Bentley mentors Amelia Hartley and Priya Chauhan at Calder Valley (DemoData).
        let session = try session("mentor@107512.schools.example", role: .mentor, urn: DemoRecords.calderValleyURN)
        let mentees = Set(try records.ectIDs(mentoredBy: "mentor@107512.schools.example"))
        XCTAssertEqual(mentees.count, 2)
        for id in try records.ectIDs(urn: DemoRecords.calderValleyURN) {
            let response = session.get("/ects/\(id)")
            XCTAssertEqual(response.status, mentees.contains(id) ? 200 : 403, "ECT \(id)")
            XCTAssertEqual(response.text.contains("Teacher reference number"), mentees.contains(id))
        }
    }

    func testIdsThatAreNotIdsAre404NeverA500() throws {
        let admin = TestSession(application)
        try admin.adoptSession(userID: try records.userID(email: "ab-admin@pennine.example"))
        let mentor = try session("mentor@107512.schools.example", role: .mentor, urn: DemoRecords.calderValleyURN)
        let bad = ["abc", "0", "-1", "1.5", "1e3", "0x1", "%20", "999999", "9223372036854775807", "9223372036854775808",
                   "99999999999999999999999999999999", "1%3B%20DROP%20TABLE%20ects", "%E2%82%AC"]
        for id in bad {
            for session in [admin, mentor] {
                for path in ["/schools/\(id)", "/ects/\(id)"] {
                    XCTAssertEqual(session.get(path).status, 404, path)
                }
            }
            for path in ["/admin/outbox/\(id)", "/admin/registrations/\(id)/reject"] {
                XCTAssertEqual(admin.get(path).status, 404, path)
            }
            XCTAssertEqual(admin.post("/admin/registrations/\(id)/authorise").status, 404, "POST authorise \(id)")
        }
        XCTAssertEqual(admin.get("/reset-password/not-a-token").status, 404, "an unknown link is the expired-link page")
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects"), 12, "nothing was dropped")
    }

    func testAnonymousGuessesAreSentToSignInWithoutRevealingWhetherTheRecordExists() throws {
        let session = TestSession(application)
        let real = try records.ectIDs(urn: DemoRecords.holmeMossURN)[0]
        for path in ["/ects/\(real)", "/ects/999999", "/schools/abc"] {
            let response = session.get(path)
            XCTAssertEqual(response.status, 303, path)
            XCTAssertEqual(response.location, "/sign-in?next=\(path)", path)
        }
    }
}
