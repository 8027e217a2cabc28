import Foundation
import InductTestSupport
import XCTest

/// Issue 9 item 3 in Chromium: the AB admin's question pages, with and without errors, pass axe.
final class ReportQuestionsBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    func testTheQuestionPagesAreAccessible() throws {
        _ = try session.signIn("ab-admin@pennine.example")
        try session.open("/admin/report-questions")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the list with no questions")
        try session.open("/admin/report-questions/new")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the new question form")
        XCTAssertEqual(try session.follow("main form button[type=submit]"), "/admin/report-questions/new")
        XCTAssertFalse(try session.driver.texts(of: ".error-summary").isEmpty)
        XCTAssertEqual(try session.accessibilityViolations(), [], "the form with its errors")
    }
}
