import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
import XCTest

/// Issue 10 item 3 in Chromium: the decisions list and the decision page, with and without errors, pass axe.
final class DecisionBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    func testTheDecisionPagesAreAccessible() throws {
        try TestFixtures.makeAcceptedFinalAssessment(session.application.database, time: TestEnvironment.fixedTime)
        let fatima = try DemoRecords(session.application.database).count("SELECT id FROM ects WHERE trn = '3021784'")
        _ = try session.signIn("ab-officer@pennine.example")
        try session.open("/ab/decisions")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the decisions due")
        XCTAssertEqual(try session.follow("main table a"), "/ects/\(fatima)/decision")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the decision page")
        XCTAssertEqual(try session.follow("form[action$='/representations'] button[type=submit]"), "/ects/\(fatima)/decision/representations")
        XCTAssertTrue(try session.driver.texts(of: ".error-summary").joined().contains("Summarise the ECT’s representations"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the representations form with its errors")
        XCTAssertEqual(try session.follow("form[action$='/decision'] button[type=submit]"), "/ects/\(fatima)/decision")
        XCTAssertTrue(try session.driver.texts(of: ".error-summary").joined().contains("Choose pass, fail or extension"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the decision form with its errors")
        try session.driver.click(selector: "#outcome-pass")
        try session.driver.fill("#decided-day", with: "25")
        try session.driver.fill("#decided-month", with: "11")
        try session.driver.fill("#decided-year", with: "2026")
        XCTAssertEqual(try session.follow("form[action$='/decision'] button[type=submit]"), "/ects/\(fatima)/decision?saved=1")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the decision with its notices form")
        XCTAssertEqual(try session.follow("a[href$='letter?to=ect']"), "/ects/\(fatima)/decision/letter?to=ect")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the decision letter")
        try session.open("/ab/returns")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the returns to the DfE")
    }
}
