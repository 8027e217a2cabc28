import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 7 items 7, 9 and 14 through the pages: terms served elsewhere, what the appropriate body
/// checks on its confirmation list, the same teacher under two TRNs, and the school withdrawing.
final class ECTRegistrationChecksPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder = 0
    private var holmeMoss = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        holmeMoss = try records.schoolID(urn: DemoRecords.holmeMossURN)
    }

    private func session(_ email: String, role: Role, urn: String? = DemoRecords.calderValleyURN) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }

    private func form(trn: String, born: String = "27", terms: String = "", previous: String = "") -> [(String, String)] {
        [("firstName", "Priya"), ("lastName", "Sandhu"), ("email", ""), ("trn", trn),
         ("dateOfBirth-day", born), ("dateOfBirth-month", "3"), ("dateOfBirth-year", "1998"),
         ("qtsDate-day", "14"), ("qtsDate-month", "7"), ("qtsDate-year", "2026"),
         ("inductionStart-day", "1"), ("inductionStart-month", "9"), ("inductionStart-year", "2026"),
         ("fte", "0.8"), ("trainingProgramme", "provider-led"), ("leadProvider", "Ambition Institute"), ("tutor", ""),
         ("mentor", ""), ("termsServedElsewhere", terms), ("previousAppropriateBody", previous)]
    }

    private func register(_ session: TestSession, schoolID: Int, _ fields: [(String, String)]) -> TestResponse {
        session.get("/schools/\(schoolID)/ects/new")
        return session.post("/schools/\(schoolID)/ects/new", form: fields)
    }

    private func periodID(trn: String) throws -> Int {
        try records.count("SELECT p.id FROM induction_periods p JOIN ects e ON e.id = p.ect_id WHERE e.trn = ? AND p.status = 'pending'", [trn])
    }

    /// The AB list's row for one registration, from its `<tr>` to the next.
    private func row(_ page: String, _ periodID: Int) throws -> String {
        let start = try XCTUnwrap(page.range(of: "<tr id=\"registration-\(periodID)\""))
        let rest = page[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</tr>")?.upperBound ?? rest.endIndex)])
    }

    func testSevenTermsServedElsewhereIsRefusedOnThatField() throws {
        let lead = try session("induction-lead@107512.schools.example", role: .inductionLead)
        let refused = register(lead, schoolID: calder, form(trn: "4012345", terms: "7", previous: "Leeds Teaching Hub"))
        XCTAssertEqual(refused.status, 422)
        XCTAssertTrue(refused.text.contains("id=\"termsServedElsewhere-error\""), "the message is on the field")
        XCTAssertEqual(refused.text.components(separatedBy: "Terms already served must be less than 6, the whole induction").count - 1, 2)
        XCTAssertTrue(refused.text.contains("value=\"7\""), "what was typed is kept")
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects WHERE trn = '4012345'"), 0)
    }

    func testTheConfirmationListShowsWhatToCheckAgainstTheTRARecord() throws {
        let lead = try session("induction-lead@107512.schools.example", role: .inductionLead)
        XCTAssertEqual(register(lead, schoolID: calder, form(trn: "4012345", terms: "1.5", previous: "Leeds Teaching Hub")).status, 303)
        let officer = try session("ab-officer@pennine.example", role: .abOfficer, urn: nil)
        let page = officer.get("/ab/ect-registrations").text
        XCTAssertTrue(page.contains("against the TRA record"))
        let row = try row(page, try periodID(trn: "4012345"))
        for shown in ["27 March 1998", "14 July 2026", "1 September 2026", "Part time (0.8 FTE)", "Provider-led", "<td>1.5</td>"] {
            XCTAssertTrue(row.contains(shown), "the row lacks \(shown): \(row)")
        }
        XCTAssertFalse(row.contains("same name and date of birth"))
    }

    func testTheSameNameAndDateOfBirthUnderAnotherTRNWarnsTheAppropriateBody() throws {
        let lead = try session("induction-lead@107512.schools.example", role: .inductionLead)
        XCTAssertEqual(register(lead, schoolID: calder, form(trn: "4012345")).status, 303)
        let other = try session("induction-lead@138204.schools.example", role: .inductionLead, urn: DemoRecords.holmeMossURN)
        XCTAssertEqual(register(other, schoolID: holmeMoss, form(trn: "4012346")).status, 303)
        XCTAssertEqual(register(other, schoolID: holmeMoss, form(trn: "4012347", born: "28")).status, 303)
        let officer = try session("ab-officer@pennine.example", role: .abOfficer, urn: nil)
        let page = officer.get("/ab/ect-registrations").text
        XCTAssertTrue(try row(page, try periodID(trn: "4012346"))
            .contains("Check the TRN: a teacher with the same name and date of birth is recorded under TRN 4012345"))
        XCTAssertTrue(try row(page, try periodID(trn: "4012345")).contains("recorded under TRN 4012346"))
        XCTAssertFalse(try row(page, try periodID(trn: "4012347")).contains("same name and date of birth"), "another date of birth")
    }

    func testTheSchoolWithdrawsItsPendingRegistrationAndCanRegisterTheTRNAgain() throws {
        let admin = try session("school-admin@107512.schools.example", role: .schoolAdmin)
        XCTAssertEqual(register(admin, schoolID: calder, form(trn: "4012345")).status, 303)
        let periodID = try periodID(trn: "4012345")
        let href = "/schools/\(calder)/ect-registrations/\(periodID)/withdraw"
        XCTAssertTrue(admin.get("/schools/\(calder)").text.contains("href=\"\(href)\""))
        let confirm = admin.get(href)
        XCTAssertEqual(confirm.status, 200)
        XCTAssertTrue(confirm.text.contains("Withdraw the registration of Priya Sandhu"))

        let otherHead = try session("headteacher@138204.schools.example", role: .headteacher, urn: DemoRecords.holmeMossURN)
        XCTAssertEqual(otherHead.get(href).status, 403, "another school's staff")
        XCTAssertEqual(otherHead.get("/schools/\(holmeMoss)/ect-registrations/\(periodID)/withdraw").status, 404,
                       "another school's registration through one's own school")
        XCTAssertEqual(otherHead.post("/schools/\(holmeMoss)/ect-registrations/\(periodID)/withdraw").status, 404)
        let mentor = try session("mentor@107512.schools.example", role: .mentor)
        XCTAssertEqual(mentor.post(href).status, 403)

        let done = admin.post(href)
        XCTAssertEqual(done.location, "/schools/\(calder)?withdrawn=\(periodID)")
        let school = admin.get(try XCTUnwrap(done.location)).text
        XCTAssertTrue(school.contains("The registration has been withdrawn."))
        XCTAssertFalse(school.contains("Waiting for the appropriate body"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM induction_periods WHERE id = ? AND status = 'withdrawn'", [periodID]), 1,
                       "kept as history")
        XCTAssertTrue(try records.auditActions().contains("ect_registration.withdrawn"))
        let officer = try session("ab-officer@pennine.example", role: .abOfficer, urn: nil)
        XCTAssertFalse(officer.get("/ab/ect-registrations").text.contains("4012345"), "gone from the confirmation list")
        XCTAssertEqual(officer.post("/ab/ect-registrations/\(periodID)/confirm").status, 404)
        XCTAssertEqual(admin.post(href).status, 404, "already withdrawn")

        XCTAssertEqual(register(admin, schoolID: calder, form(trn: "4012345")).status, 303, "the TRN can be registered again")
        XCTAssertEqual(try records.count("SELECT count(*) FROM induction_periods p JOIN ects e ON e.id = p.ect_id WHERE e.trn = '4012345'"), 2)
        XCTAssertThrowsError(try application.database.write {
            try $0.run("UPDATE induction_periods SET status = 'pending' WHERE id = ?", [periodID])
        }, "the schema keeps a withdrawal withdrawn")
    }
}
