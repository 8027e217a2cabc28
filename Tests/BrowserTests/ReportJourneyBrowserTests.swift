import Foundation
import Induction
import InductTestSupport
import XCTest

/// Issue 9's journeys in Chromium, with axe on every new page: a progress review written, shared,
/// commented on, signed and submitted; a final formal assessment returned by the AB, amended (its
/// signatures clear and the history shows the field), signed again and accepted.
final class ReportJourneyBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    private func states() throws -> [String] { try session.driver.texts(of: "main .tag") }

    func testTheTutorWritesAndSharesAReviewTheECTCommentsAndSignsTheTutorSubmitsAndTheOfficerSeesIt() throws {
        let priya = try DemoRecords(session.application.database).count("SELECT id FROM ects WHERE trn = '3012458'")
        _ = try session.signIn("david.greenwood@107512.schools.example")
        try session.open("/ects/\(priya)")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the record with its start buttons")
        let path = try session.follow("form[action='/ects/\(priya)/reports']:has(input[name=kind][value=progress-review]):has(input[name=term][value='1']) button")
        XCTAssertTrue(path.hasPrefix("/reports/"), path)
        XCTAssertEqual(try session.headings(), ["Progress review, term 1"])
        XCTAssertEqual(try session.accessibilityViolations(), [], "the draft review")
        try session.driver.click(selector: "#on-track-1")
        try session.driver.fill("#evidence", with: "Observed three lessons; planning shows clear sequencing.")
        try session.driver.fill("#notes-ts4", with: "Lessons are well structured.")
        try session.driver.fill("#target-1-text", with: "Use hinge questions to check understanding")
        try session.driver.fill("#target-1-standards", with: "TS2 TS6")
        try session.driver.fill("#target-1-success", with: "Seen in two observations by February")
        XCTAssertEqual(try session.follow("form[action='\(path)'] button[type=submit]"), "\(path)?done=saved")
        XCTAssertEqual(try session.follow("form[action='\(path)/share'] button[type=submit]"), "\(path)?done=shared")
        XCTAssertEqual(try states().first, "Shared with the ECT")
        try session.signOut()

        _ = try session.signIn("priya.chauhan@107512.schools.example")
        try session.open(path)
        XCTAssertEqual(try session.accessibilityViolations(), [], "the ECT's view of a shared review")
        try session.driver.fill("#ect-comments", with: "I agree with the target and will try it in Year 5 maths first.")
        XCTAssertEqual(try session.follow("form[action='\(path)/comments'] button[type=submit]"), "\(path)?done=commented")
        try session.sign(path, as: .ect)
        try session.signOut()

        _ = try session.signIn("david.greenwood@107512.schools.example")
        try session.open(path)
        try session.sign(path, as: .tutor)
        XCTAssertEqual(try session.follow("form[action='\(path)/submit'] button[type=submit]"), "\(path)?done=submitted")
        try session.signOut()

        _ = try session.signIn("ab-officer@pennine.example")
        try session.open(path)
        XCTAssertEqual(try states().first, "Submitted to the appropriate body")
        XCTAssertTrue(try session.driver.texts(of: "main").joined().contains("I agree with the target"))
        XCTAssertEqual(try session.driver.texts(of: "main td .tag--green").count, 2, "both signatures match the report")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the officer's view of a submitted review")
        try session.open("\(path)/print")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the print view")
        try session.open("/ab/reports")
        XCTAssertTrue(try session.driver.texts(of: "main").joined().contains("Priya Chauhan"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the AB's report queue")
        try session.driver.click(selector: "#kind option[value='progress-review']")
        XCTAssertEqual(try session.follow(".filter-form button[type=submit]"),
                       "/ab/reports?urn=&kind=progress-review&term=&state=submitted")
        XCTAssertTrue(try session.driver.texts(of: "#reports-awaiting").joined().contains("Priya Chauhan"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the filtered queue")
        try session.open("/ab/at-risk")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the at-risk list")
        try session.open("/ab")
        XCTAssertTrue(try session.driver.texts(of: ".dashboard__figure").contains { $0.hasPrefix("1") && $0.contains("awaiting quality assurance") })
        XCTAssertEqual(try session.accessibilityViolations(), [], "the AB's dashboard")
        try session.open("/ab/reports?show=overdue")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the overdue list")
        try session.driver.fill("#search-q", with: "3012458")
        XCTAssertEqual(try session.follow(".header__search button[type=submit]"), "/ab/search?q=3012458")
        XCTAssertTrue(try session.driver.texts(of: "main table").joined().contains("Priya Chauhan"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the search results")
        try session.open("/ab/fees")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the fee statement")
        try session.open("/ects/\(priya)")
        XCTAssertTrue(try session.driver.texts(of: "main .tag").contains("Submitted to the appropriate body"), "the timeline shows the state")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the record with a submitted review")
    }

    func testAFinalAssessmentIsReturnedAmendedSignedAgainAndAccepted() throws {
        let id = try session.started(trn: "3021784", kind: .finalFormalAssessment, term: 6, tutorEmail: "induction-tutor@138204.schools.example")
        let path = "/reports/\(id)"
        _ = try session.signIn("induction-tutor@138204.schools.example")
        try session.open(path)
        XCTAssertEqual(try session.accessibilityViolations(), [], "the draft final assessment")
        try session.fillFinalAssessment(path)
        XCTAssertEqual(try session.follow("form[action='\(path)/share'] button[type=submit]"), "\(path)?done=shared")
        try session.sign(path, as: .tutor)
        try session.signOut()
        try session.theECTAndTheHeadSignAndTheTutorSubmits(path)

        _ = try session.signIn("ab-officer@pennine.example")
        try session.open(path)
        XCTAssertEqual(try session.follow("form[action='\(path)/return'] button[type=submit]"), "\(path)/return", "no reasons: the page again")
        XCTAssertTrue(try session.driver.texts(of: ".error-summary").joined().contains("Choose a reason for returning the report, or give your own"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the return form with its error")
        try session.driver.click(selector: "#reason-evidence")
        try session.driver.fill("#details", with: "Say which lessons the evidence comes from.")
        XCTAssertEqual(try session.follow("form[action='\(path)/return'] button[type=submit]"), "\(path)?done=returned")
        try session.signOut()

        _ = try session.signIn("induction-tutor@138204.schools.example")
        try session.open(path)
        XCTAssertEqual(try states().first, "Returned for amendment")
        XCTAssertTrue(try session.driver.texts(of: ".inset-text").joined().contains("Say which lessons the evidence comes from."))
        try session.driver.fill("#evidence", with: "Observations of 12 lessons (list attached), planning and pupil work.")
        XCTAssertEqual(try session.follow("form[action='\(path)'] button[type=submit]"), "\(path)?done=saved")
        XCTAssertEqual(try session.driver.texts(of: "main td .tag--green"), [], "the edit cleared every signature")
        XCTAssertEqual(try session.driver.texts(of: "#history-caption + thead + tbody tr td:nth-child(3)").first, "evidence")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the amended assessment with its history")
        try session.sign(path, as: .tutor)
        try session.signOut()
        try session.theECTAndTheHeadSignAndTheTutorSubmits(path)
        _ = try session.signIn("ab-officer@pennine.example")
        try session.open(path)
        XCTAssertEqual(try session.follow("form[action='\(path)/accept'] button[type=submit]"), "\(path)?done=accepted")
        XCTAssertEqual(try states().first, "Accepted")
    }
}
