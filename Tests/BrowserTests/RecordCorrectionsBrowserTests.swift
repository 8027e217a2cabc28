import Foundation
import InductTestSupport
import XCTest

/// Issue 7's new pages in a real browser, each checked with axe: correcting and deleting an
/// absence, the working-pattern and programme forms (with an error), the former school's view.
final class RecordCorrectionsBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    func testTheNewRecordPagesAreAccessible() throws {
        let records = DemoRecords(session.application.database)
        let ectID = try XCTUnwrap(try records.ectIDs(urn: DemoRecords.calderValleyURN).first)
        let absenceID = try records.makeAbsence(ectID: ectID)
        _ = try session.signIn("headteacher@107512.schools.example")
        for path in ["/ects/\(ectID)", "/ects/\(ectID)/absences/\(absenceID)/edit", "/ects/\(ectID)/absences/\(absenceID)/delete",
                     "/ects/\(ectID)/programme"] {
            try session.open(path)
            XCTAssertEqual(try session.accessibilityViolations(), [], path)
        }
        try session.open("/ects/\(ectID)/working-pattern")
        try session.driver.fill("#fte", with: "2")
        try session.follow("main form button[type=submit]")
        XCTAssertTrue(try session.driver.texts(of: "main").joined().contains("Enter the date the change takes effect"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the working-pattern form with errors")

        try records.transfer(ectID: ectID, leaving: "2026-10-30", nextSchool: "Oak Academy", toURN: DemoRecords.holmeMossURN,
                             joining: "2026-11-02", time: TestEnvironment.fixedTime)
        try session.open("/ects/\(ectID)")
        XCTAssertTrue(try session.driver.texts(of: "main").joined().contains("Left on 30 October 2026"))
        XCTAssertEqual(try session.accessibilityViolations(), [], "the former school's view")
        try session.open("/schools/\(try records.schoolID(urn: DemoRecords.calderValleyURN))")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the school list with leavers")
    }
}
