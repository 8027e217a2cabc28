import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
import XCTest

/// Issue 10's must-show journey in Chromium, on 20 July 2027 after Fatima Begum's final assessment
/// meeting: the officer filters the queue and returns the assessment with a reason; the school amends
/// and resubmits; the officer accepts, records a pass, and the outcomes return holds her row in the
/// DfE's format; a second export has nothing to send. axe checks each page on the way.
final class AppropriateBodyJourneyBrowserTests: XCTestCase {
    private static let julyTwentieth = FixedTimeSource(Date(timeIntervalSince1970: 1_816_074_000))
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession(application: TestEnvironment.makeApplication(time: Self.julyTwentieth))
    }

    override func tearDown() {
        session?.close()
    }

    func testReturnAmendAcceptDecideAndReportThePassToTheDfE() throws {
        XCTAssertEqual(Self.julyTwentieth.today.iso, "2027-07-20")
        let fatima = try DemoRecords(session.application.database).count("SELECT id FROM ects WHERE trn = '3021784'")
        let path = "/reports/\(try session.started(trn: "3021784", kind: .finalFormalAssessment, term: 6, tutorEmail: BrowserSession.holmeMossTutor, time: Self.julyTwentieth))"
        _ = try session.signIn(BrowserSession.holmeMossTutor)
        try session.open(path)
        try session.fillFinalAssessment(path)
        XCTAssertEqual(try session.follow("form[action='\(path)/share'] button[type=submit]"), "\(path)?done=shared")
        try session.sign(path, as: .tutor)
        try session.signOut()
        try session.theECTAndTheHeadSignAndTheTutorSubmits(path)

        _ = try session.signIn("ab-officer@pennine.example")
        try session.open("/ab/reports")
        try session.driver.click(selector: "#kind option[value='final-formal-assessment']")
        XCTAssertEqual(try session.follow(".filter-form button[type=submit]"),
                       "/ab/reports?urn=&kind=final-formal-assessment&term=&state=submitted")
        XCTAssertEqual(try session.driver.texts(of: "#reports-awaiting tbody tr").count, 1, "only Fatima's final assessment")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the filtered queue")
        XCTAssertEqual(try session.follow("#reports-awaiting tbody a[href='\(path)']"), path)
        try session.driver.click(selector: "#reason-evidence")
        try session.driver.fill("#details", with: "Say which lessons the evidence comes from.")
        XCTAssertEqual(try session.follow("form[action='\(path)/return'] button[type=submit]"), "\(path)?done=returned")
        try session.signOut()

        _ = try session.signIn(BrowserSession.holmeMossTutor)
        try session.open(path)
        XCTAssertTrue(try session.driver.texts(of: ".inset-text").joined().contains("Say which lessons the evidence comes from."))
        try session.driver.fill("#evidence", with: "Observations of 12 lessons (list attached), planning and pupil work.")
        XCTAssertEqual(try session.follow("form[action='\(path)'] button[type=submit]"), "\(path)?done=saved")
        try session.sign(path, as: .tutor)
        try session.signOut()
        try session.theECTAndTheHeadSignAndTheTutorSubmits(path)

        _ = try session.signIn("ab-officer@pennine.example")
        try session.open(path)
        XCTAssertEqual(try session.follow("form[action='\(path)/accept'] button[type=submit]"), "\(path)?done=accepted")
        try session.open("/ab/decisions")
        XCTAssertEqual(try session.follow("main table a[href='/ects/\(fatima)/decision']"), "/ects/\(fatima)/decision")
        try session.driver.click(selector: "#outcome-pass")
        try session.driver.fill("#decided-day", with: "20")
        try session.driver.fill("#decided-month", with: "7")
        try session.driver.fill("#decided-year", with: "2027")
        XCTAssertEqual(try session.follow("form[action$='/decision'] button[type=submit]"), "/ects/\(fatima)/decision?saved=1")

        try session.open("/ab/returns")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the returns with a pass to send")
        let exported = try session.follow("form:has(input[name=kind][value=outcomes]) button[type=submit]")
        XCTAssertTrue(exported.hasPrefix("/ab/returns?exported="), exported)
        let link = try XCTUnwrap(try session.driver.execute(
            "return document.querySelector('#exports-caption').closest('table').querySelector('tbody tr a').getAttribute('href')") as? String)
        let csv = try session.fetchText(link)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first, "TRN,Date of birth,Induction period end date,Number of terms,Outcome")
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("3021784,") }, csv)
        XCTAssertTrue(row.hasPrefix("3021784,1996-08-30,2027-07-09,"), row)
        XCTAssertTrue(row.hasSuffix(",pass"), row)
        XCTAssertNotNil(row.split(separator: ",")[3].wholeMatch(of: /\d{1,2}(\.\d)?/), "terms with at most one decimal place: \(row)")

        XCTAssertEqual(try session.follow("form:has(input[name=kind][value=outcomes]) button[type=submit]"), "/ab/returns/export")
        XCTAssertTrue(try session.driver.texts(of: ".error-summary").joined().contains("There is nothing new to send in the outcomes return."))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the second export, with nothing to send")
    }
}
