import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
@testable import Web
import XCTest

/// Issue 11 item 2 in process: the tutor records a lesson observation, the ECT sees it, the mentor
/// logs a meeting the tutor reads, the report lists both as evidence; the wrong people get 403.
final class ObservationPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var amelia = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        amelia = try records.count("SELECT id FROM ects WHERE trn = '3012456'")
    }

    private let observation = [("observed-day", "20"), ("observed-month", "11"), ("observed-year", "2026"), ("observer", "Rachel Sutcliffe"),
                               ("observerHoldsQTS", "yes"), ("focus", "Questioning to check <understanding>"),
                               ("feedback", "Good pace and clear routines"), ("developmentNeeds", "Plan hinge questions")]

    func testTheTutorRecordsAnObservationAndTheECTSeesIt() throws {
        let tutor = try TestSession.acting(application, "headteacher@107512.schools.example", as: .inductionTutor, urn: "107512")
        let before = tutor.get("/ects/\(amelia)").text
        XCTAssertTrue(before.contains("No lesson observations recorded yet."))
        XCTAssertTrue(before.contains("id=\"observation-due\""), "none in the last half term")
        XCTAssertTrue(before.contains("href=\"/ects/\(amelia)/observations/new\""))
        XCTAssertFalse(before.contains("href=\"/ects/\(amelia)/mentor-meetings/new\""), "the tutor does not log mentor meetings")
        XCTAssertTrue(tutor.get("/ects/\(amelia)/observations/new").text.contains("value=\"Rachel Sutcliffe\""), "the observer starts as the tutor")

        let bad = tutor.post("/ects/\(amelia)/observations/new", form: observation.filter { $0.0 != "observerHoldsQTS" })
        XCTAssertEqual(bad.status, 422)
        XCTAssertTrue(bad.text.contains("Confirm that the observer holds qualified teacher status (QTS)"))
        XCTAssertTrue(bad.text.contains("href=\"#observerHoldsQTS\""), "the error summary links to the checkbox")
        XCTAssertTrue(bad.text.contains("Questioning to check &lt;understanding&gt;"), "what was typed comes back, escaped")
        XCTAssertEqual(try records.count("SELECT count(*) FROM lesson_observations"), 0)

        XCTAssertEqual(tutor.post("/ects/\(amelia)/observations/new", form: observation).location, "/ects/\(amelia)?saved=observation")
        XCTAssertEqual(tutor.post("/ects/\(amelia)/observations/new", form: observation).status, 303)
        XCTAssertEqual(try records.count("SELECT count(*) FROM lesson_observations"), 1, "a double post is stored once")
        let after = tutor.get("/ects/\(amelia)?saved=observation").text
        XCTAssertTrue(after.contains("The lesson observation has been recorded."))
        XCTAssertTrue(after.contains("Last observation: <time datetime=\"2026-11-20\">20 November 2026</time>"))
        XCTAssertFalse(after.contains("id=\"observation-due\""))

        let ect = try TestSession.acting(application, "amelia.hartley@107512.schools.example", as: .ect, urn: nil)
        let own = ect.get("/my-induction").text
        XCTAssertTrue(own.contains("Last observation: <time datetime=\"2026-11-20\">20 November 2026</time>"), "the ECT's home shows it")
        XCTAssertTrue(own.contains("Good pace and clear routines"))
        XCTAssertTrue(own.contains("Plan hinge questions"))
        XCTAssertFalse(own.contains("Record a lesson observation"))
    }

    func testTheMentorLogsAMeetingThatTheTutorReadsAndTheReportListsAsEvidence() throws {
        let mentor = try TestSession.acting(application, "mentor@107512.schools.example", as: .mentor, urn: "107512")
        XCTAssertTrue(mentor.get("/ects/\(amelia)").text.contains("href=\"/ects/\(amelia)/mentor-meetings/new\""))
        let bad = mentor.post("/ects/\(amelia)/mentor-meetings/new", form: [("met-day", "30"), ("met-month", "11"), ("met-year", "2026")])
        XCTAssertEqual(bad.status, 422)
        XCTAssertTrue(bad.text.contains("Date of the meeting must be today or in the past"))
        XCTAssertTrue(bad.text.contains("Enter the next step you agreed"))
        let meeting = [("met-day", "23"), ("met-month", "11"), ("met-year", "2026"), ("focus", "Reviewing the unit plan"),
                       ("nextStep", "Try cold calling in two lessons")]
        XCTAssertEqual(mentor.post("/ects/\(amelia)/mentor-meetings/new", form: meeting).location, "/ects/\(amelia)?saved=mentor-meeting")
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'mentor_meeting.recorded'"), 1)

        let tutor = try TestSession.acting(application, "headteacher@107512.schools.example", as: .inductionTutor, urn: "107512")
        let record = tutor.get("/ects/\(amelia)").text
        XCTAssertTrue(record.contains("Reviewing the unit plan"))
        XCTAssertTrue(record.contains("Try cold calling in two lessons"))
        XCTAssertTrue(record.contains("With Laura Bentley"))
        XCTAssertEqual(tutor.post("/ects/\(amelia)/observations/new", form: observation).status, 303)

        let report = try records.makeSharedReport(ectID: amelia, time: TestEnvironment.fixedTime)
        let page = tutor.get("/reports/\(report)").text
        XCTAssertTrue(page.contains("Evidence you can draw on"))
        XCTAssertTrue(page.contains("so far in induction"), "the first report draws on everything")
        XCTAssertTrue(page.contains("id=\"evidence-observations\""))
        XCTAssertTrue(page.contains("Reviewing the unit plan"))
        XCTAssertTrue(page.contains("observed by Rachel Sutcliffe"))
    }

    func testTheWrongPeopleAreRefused() throws {
        let admin = try TestSession.acting(application, "school-admin@107512.schools.example", as: .schoolAdmin, urn: "107512")
        XCTAssertEqual(admin.get("/ects/\(amelia)/observations/new").status, 403)
        XCTAssertEqual(admin.get("/ects/\(amelia)/mentor-meetings/new").status, 403)
        let otherMentor = try TestSession.acting(application, "sophie.lumb@107512.schools.example", as: .mentor, urn: "107512")
        XCTAssertEqual(otherMentor.get("/ects/\(amelia)/mentor-meetings/new").status, 403)
        XCTAssertEqual(otherMentor.post("/ects/\(amelia)/mentor-meetings/new", form: []).status, 403)
        let otherTutor = try TestSession.acting(application, "david.greenwood@107512.schools.example", as: .inductionTutor, urn: "107512")
        XCTAssertEqual(otherTutor.get("/ects/\(amelia)/observations/new").status, 403, "a tutor of another ECT")
        XCTAssertEqual(otherTutor.post("/ects/\(amelia)/observations/new", form: observation).status, 403)
        XCTAssertFalse(otherTutor.get("/ects/\(amelia)").text.contains("Record a lesson observation"))
        let lead = try TestSession.acting(application, "induction-lead@107512.schools.example", as: .inductionLead, urn: "107512")
        XCTAssertEqual(lead.get("/ects/\(amelia)/observations/new").status, 200, "the induction lead records for any ECT at the school")
        XCTAssertEqual(try records.count("SELECT count(*) FROM lesson_observations"), 0)
    }
}
