import Foundation
import Induction
import InductTestSupport
import XCTest

/// Issue 11's must-show in Chromium: every role's home on the demo caseload (reports in every state)
/// shows its key content first, and axe finds nothing on any of them or on the notifications page.
final class RoleHomesBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
        _ = try SeedDemoReports(store: InductionStore(database: session.application.database, time: TestEnvironment.fixedTime))
            .seed(password: TestEnvironment.demoPassword)
    }

    override func tearDown() {
        session?.close()
    }

    func testEveryRolesHomeShowsItsTasksAndIsAccessible() throws {
        let homes: [(email: String, heading: String, content: [String])] = [
            ("ab-officer@pennine.example", "Appropriate body home", ["Reports awaiting quality assurance", "Programme checks due this year"]),
            ("headteacher@107512.schools.example", "Headteacher home", ["Report to governors for last term"]),
            ("induction-lead@107512.schools.example", "Induction lead home", ["Reports to act on"]),
            ("induction-tutor@138204.schools.example", "Induction tutor home", ["What’s next for your ECTs", "Next report"]),
            ("mentor@107512.schools.example", "Mentor home", ["Your ECTs’ shared reports"]),
            ("school-admin@107512.schools.example", "School administrator home", ["Register an ECT"]),
            ("amelia.hartley@107512.schools.example", "Your induction", ["What you need to do", "Induction timeline"]),
        ]
        for home in homes {
            _ = try session.signIn(home.email)
            XCTAssertEqual(try session.headings(), [home.heading], home.email)
            let text = try session.driver.texts(of: "main").joined()
            for expected in home.content { XCTAssertTrue(text.contains(expected), "\(home.email): \(expected)") }
            XCTAssertEqual(try session.accessibilityViolations(), [], "\(home.email)'s home")
            try session.open("/account/notifications")
            XCTAssertEqual(try session.accessibilityViolations(), [], "\(home.email)'s notifications")
            try session.signOut()
        }
    }

    func testTheGovernorsReportAndTheProgrammeChecksAreAccessible() throws {
        let records = DemoRecords(session.application.database)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        let aidans = try records.schoolID(urn: "145630")
        _ = try session.signIn("headteacher@107512.schools.example")
        try session.open("/schools/\(calder)/governors-report?term=2025-summer")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the governors' report")
        try session.signOut()
        _ = try session.signIn("ab-officer@pennine.example")
        try session.open("/ab/programme-checks")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the programme checks")
        XCTAssertEqual(try session.follow("a[href='/schools/\(aidans)/programme-check']"), "/schools/\(aidans)/programme-check")
        XCTAssertEqual(try session.follow("form[action$='/programme-check'] button[type=submit]"), "/schools/\(aidans)/programme-check")
        let focused = try session.driver.execute("return document.activeElement.className") as? String
        XCTAssertEqual(focused, "error-summary", "the error summary takes focus, without JavaScript")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the programme check with its errors")
        try session.driver.click(selector: "#outcome-covers-in-full")
        try session.driver.fill("#checked-day", with: "20")
        try session.driver.fill("#checked-month", with: "11")
        try session.driver.fill("#checked-year", with: "2026")
        XCTAssertEqual(try session.follow("form[action$='/programme-check'] button[type=submit]"), "/schools/\(aidans)?checked=1")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the school page with its check and contacts")
    }
}
