import Foundation
import Induction
import InductTestSupport
import XCTest

/// Issue 7 items 10–11 in Chromium: the demo's tutor and mentor sign in and see their own ECTs
/// first, the mentor is refused another ECT's record, and the headteacher changes the tutor.
final class TutorAndMentorBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    private func ectID(_ trn: String) throws -> Int {
        try DemoRecords(session.application.database).count("SELECT id FROM ects WHERE trn = ?", [trn])
    }

    func testTheDemoTutorAndMentorSeeTheirOwnECTsAndTheMentorIsRefusedAnotherECT() throws {
        let records = DemoRecords(session.application.database)
        let holme = try records.schoolID(urn: DemoRecords.holmeMossURN)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)

        // Mark Holroyd, the demo induction tutor, tutors Fatima Begum and Jack O'Connor (DemoData).
        XCTAssertEqual(try session.signIn("induction-tutor@138204.schools.example"), "/schools/\(holme)")
        XCTAssertEqual(try session.driver.texts(of: "#your-ects + .table-container table th.ect-name"), ["Fatima Begum", "Jack O'Connor"])
        XCTAssertEqual(try session.driver.texts(of: "#other-ects ~ .table-container table th.ect-name"), ["Chloé Dubois-Smith", "Daniel Kowalski"])
        XCTAssertEqual(try session.accessibilityViolations(), [], "a tutor's school page")
        try session.signOut()

        // Laura Bentley, the demo mentor, mentors Amelia Hartley and Priya Chauhan.
        XCTAssertEqual(try session.signIn("mentor@107512.schools.example"), "/schools/\(calder)")
        XCTAssertEqual(try session.driver.texts(of: "#your-ects + .table-container table th.ect-name"), ["Priya Chauhan", "Amelia Hartley"])
        XCTAssertEqual(try session.driver.texts(of: "#other-ects"), [], "a mentor sees only their mentees")
        try session.follow("#your-ects + .table-container table th.ect-name a")
        XCTAssertEqual(try session.headings(), ["Priya Chauhan"])
        XCTAssertEqual(try session.driver.texts(of: "#current-mentor").first?.hasPrefix("Laura Bentley (since 5 January 2026)"), true)
        try session.open("/ects/\(try ectID("3012457"))")
        XCTAssertEqual(try session.headings(), ["You do not have access to this page"], "Oliver Nwosu is not her mentee")
        try session.signOut()
    }

    func testTheHeadteacherChoosesAnotherTutorFromTheSchoolsStaff() throws {
        let tom = try ectID("3012459")
        let greenwood = try DemoRecords(session.application.database).userID(email: "david.greenwood@107512.schools.example")
        _ = try session.signIn("headteacher@107512.schools.example")
        try session.open("/ects/\(tom)")
        XCTAssertEqual(try session.follow("a[href='/ects/\(tom)/tutor-and-mentor']"), "/ects/\(tom)/tutor-and-mentor")
        XCTAssertEqual(try session.headings(), ["Change tutor or mentor"])
        XCTAssertEqual(try session.accessibilityViolations(), [], "the tutor and mentor form")
        try session.driver.click(selector: "#mentor option[value='']")
        try session.driver.fill("#from-day", with: "31")
        XCTAssertEqual(try session.follow("main form button[type=submit]"), "/ects/\(tom)/tutor-and-mentor")
        XCTAssertTrue(try session.driver.texts(of: ".error-summary").joined().contains("Date the change takes effect must be a real date"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the form with errors")

        try session.driver.click(selector: "#tutor option[value='\(greenwood)']")
        try session.driver.click(selector: "#mentor option[value='']")
        try session.driver.fill("#from-day", with: "25")
        XCTAssertEqual(try session.follow("main form button[type=submit]"), "/ects/\(tom)?saved=staff")
        XCTAssertEqual(try session.driver.texts(of: "#current-tutor").first?.hasPrefix("David Greenwood (since 1 September 2026)"), true,
                       "he was already Tom's tutor: unchanged")
        XCTAssertEqual(try session.driver.texts(of: "#staff-tasks li"), ["To do No mentor assigned"])
    }
}
