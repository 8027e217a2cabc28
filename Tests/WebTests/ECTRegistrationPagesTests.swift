import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 4 item 4 through the pages: the school registers, the appropriate body confirms or rejects.
final class ECTRegistrationPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder = 0

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

    private func lead() throws -> TestSession {
        try session("induction-lead@107512.schools.example", role: .inductionLead)
    }

    private func officer() throws -> TestSession {
        try session("ab-officer@pennine.example", role: .abOfficer, urn: nil)
    }

    private func validForm(trn: String = "4012345") -> [(String, String)] {
        [("firstName", "Priya"), ("lastName", "Sandhu"), ("email", "priya.sandhu@example.org"), ("trn", trn),
         ("dateOfBirth-day", "27"), ("dateOfBirth-month", "3"), ("dateOfBirth-year", "1998"),
         ("qtsDate-day", "14"), ("qtsDate-month", "7"), ("qtsDate-year", "2026"),
         ("inductionStart-day", "1"), ("inductionStart-month", "9"), ("inductionStart-year", "2026"),
         ("fte", "0.8"), ("trainingProgramme", "school-led"), ("leadProvider", ""), ("tutor", ""),
         ("mentor", ""), ("termsServedElsewhere", ""), ("previousAppropriateBody", "")]
    }

    func testTheSignInFormWorksForTheInductionLead() throws {
        let session = TestSession(application)
        XCTAssertEqual(session.signIn("induction-lead@107512.schools.example").status, 303)
        let page = session.get("/schools/\(calder)")
        XCTAssertTrue(page.text.contains("Register an ECT"))
        XCTAssertEqual(session.get("/schools/\(calder)/ects/new").status, 200)
    }

    func testEveryInvalidFieldShowsItsOwnMessageAndKeepsWhatWasTyped() throws {
        let session = try lead()
        session.get("/schools/\(calder)/ects/new")
        let long = String(repeating: "x", count: 201)
        let typed: [(String, String)] = [
            ("firstName", String(repeating: "F", count: 101)), ("lastName", String(repeating: "L", count: 101)),
            ("email", "not-an-email"), ("trn", "12ab"),
            ("dateOfBirth-day", "31"), ("dateOfBirth-month", "2"), ("dateOfBirth-year", "1998"),
            ("qtsDate-day", "1"), ("qtsDate-month", "13"), ("qtsDate-year", "2025"),
            ("inductionStart-day", "x"), ("inductionStart-month", "9"), ("inductionStart-year", "2025"),
            ("fte", "1.5"), ("leadProvider", "P" + long), ("tutor", "T" + long), ("mentor", "x"),
            ("termsServedElsewhere", "17.25"), ("previousAppropriateBody", "A" + long),
        ]
        let response = session.post("/schools/\(calder)/ects/new", form: typed)
        XCTAssertEqual(response.status, 422)
        let messages = [
            "First name must be 100 characters or fewer", "Last name must be 100 characters or fewer",
            "Enter the ECT&#39;s email address in the correct format", "Enter a TRN of 7 digits, like 1234567",
            "Date of birth must be a real date", "QTS award date must be a real date", "Induction start date must be a real date",
            "Enter the working pattern as a number from 0.1 to 1.0, like 0.8", "Select a training programme",
            "Lead provider must be 200 characters or fewer", "Select the induction tutor from the list",
            "Select the mentor from the list",
            "Enter terms already served as a number, to one decimal place, like 1.5",
            "Previous appropriate body must be 200 characters or fewer",
        ]
        let summary = try XCTUnwrap(response.text.range(of: "error-summary__list")).upperBound
        let summaryText = String(response.text[summary...].prefix(6000))
        for message in messages {
            XCTAssertTrue(summaryText.contains(message), "summary lacks \(message)")
            XCTAssertEqual(response.text.components(separatedBy: message).count - 1, 2, "\(message) once in the summary, once at the field")
        }
        // The tutor and mentor are selects of the school's accounts: a forged value cannot be shown back.
        for (name, value) in typed where !["tutor", "mentor"].contains(name) {
            XCTAssertTrue(response.text.contains("name=\"\(name)\""), "no input \(name)")
            XCTAssertTrue(response.text.contains("value=\"\(value)\""), "\(name) lost what was typed")
        }
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects WHERE trn = '0000012'"), 0)
    }

    func testAValidRegistrationWaitsThenTheOfficerConfirmsIt() throws {
        let session = try lead()
        session.get("/schools/\(calder)/ects/new")
        let response = session.post("/schools/\(calder)/ects/new", form: validForm())
        XCTAssertEqual(response.status, 303)
        XCTAssertTrue(response.location?.hasPrefix("/schools/\(calder)?registered=") == true, "\(response.location ?? "")")
        let school = session.get(response.location!)
        XCTAssertTrue(school.text.contains("Priya Sandhu has been registered. The appropriate body will confirm the registration."))
        let waiting = try XCTUnwrap(school.text.range(of: "Waiting for the appropriate body"))
        XCTAssertTrue(school.text[waiting.upperBound...].contains("Priya Sandhu"))
        let confirmedTable = try XCTUnwrap(school.text.range(of: "<table"))
        XCTAssertLessThan(confirmedTable.lowerBound, waiting.lowerBound)
        XCTAssertFalse(school.text[confirmedTable.lowerBound..<waiting.lowerBound].contains("Priya Sandhu"), "not in the confirmed table")

        let ab = try officer()
        XCTAssertFalse(ab.get("/ects").text.contains("Priya Sandhu"))
        XCTAssertTrue(ab.get("/ab").text.contains("ECT registrations waiting (1)"))
        let list = ab.get("/ab/ect-registrations")
        XCTAssertTrue(list.text.contains("Priya Sandhu") && list.text.contains("4012345") && list.text.contains("1 September 2026"))
        let periodID = try XCTUnwrap(try records.count("SELECT id FROM induction_periods WHERE status = 'pending'"))
        let confirmed = ab.post("/ab/ect-registrations/\(periodID)/confirm")
        XCTAssertEqual(confirmed.location, "/ab/ect-registrations?confirmed=\(periodID)")
        XCTAssertTrue(ab.get("/ects").text.contains("Priya Sandhu"))
        XCTAssertFalse(session.get("/schools/\(calder)").text.contains("Waiting for the appropriate body"))
        XCTAssertEqual(ab.post("/ab/ect-registrations/\(periodID)/confirm").status, 404, "already decided")
    }

    func testRejectingNeedsAReason() throws {
        let periodID = try records.makePendingECTRegistration(urn: DemoRecords.calderValleyURN, trn: "4012399", time: TestEnvironment.fixedTime)
        let ab = try officer()
        XCTAssertEqual(ab.get("/ab/ect-registrations/\(periodID)/reject").status, 200)
        let empty = ab.post("/ab/ect-registrations/\(periodID)/reject", form: [("reason", "   ")])
        XCTAssertEqual(empty.status, 422)
        XCTAssertTrue(empty.text.contains("Enter the reason for rejecting the registration"))
        let done = ab.post("/ab/ect-registrations/\(periodID)/reject", form: [("reason", "The TRN does not match the TRA record")])
        XCTAssertEqual(done.location, "/ab/ect-registrations?rejected=\(periodID)")
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects WHERE trn = '4012399' AND registration_status = 'rejected'"), 1)
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages WHERE body LIKE '%The TRN does not match the TRA record%'"), 2,
                       "the headteacher and the induction lead")
    }

    func testAMentorMayNotRegister() throws {
        let mentor = try session("mentor@107512.schools.example", role: .mentor)
        XCTAssertEqual(mentor.get("/schools/\(calder)/ects/new").status, 403)
        XCTAssertEqual(mentor.post("/schools/\(calder)/ects/new", form: validForm()).status, 403)
        XCTAssertFalse(mentor.get("/schools/\(calder)").text.contains("Register an ECT"))
    }
}
