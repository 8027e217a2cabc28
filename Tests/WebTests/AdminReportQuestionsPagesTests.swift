import Foundation
import HTTP
import Induction
import InductTestSupport
import SQLite
@testable import Web
import XCTest

/// The AB admin's report questions pages, in process with strict templates: a question added is
/// listed under its report, moved and retired with the small forms beside it, and a wrong form comes
/// back with its error summary and everything typed.
final class AdminReportQuestionsPagesTests: XCTestCase {
    private func admin() throws -> TestSession {
        let session = TestSession(try TestEnvironment.makeApplication())
        try session.adoptSession(userID: try DemoRecords(session.application.database).userID(email: "ab-admin@pennine.example"),
                                 grantID: nil)
        return session
    }

    private func question(_ prompt: String, kind: String = "progress-review", type: String = "yes-no",
                          choices: String = "") -> [(String, String)] {
        [("kind", kind), ("prompt", prompt), ("hint", ""), ("answerType", type), ("choices", choices), ("required", "yes")]
    }

    func testAnAddedQuestionIsListedAndCanBeMovedAndRetired() throws {
        let admin = try admin()
        XCTAssertTrue(admin.get("/admin/settings").text.contains(#"<a href="/admin/report-questions">"#))
        let empty = admin.get("/admin/report-questions")
        XCTAssertEqual(empty.status, 200)
        XCTAssertEqual(empty.heading, "Report questions")
        XCTAssertTrue(empty.text.contains("No questions of your own yet."))
        XCTAssertEqual(admin.get("/admin/report-questions/new").status, 200)

        let added = admin.post("/admin/report-questions/new", form: question("Has the ECT had their time off timetable?"))
        XCTAssertEqual(added.status, 303)
        XCTAssertEqual(added.location, "/admin/report-questions?added=1")
        XCTAssertEqual(admin.post("/admin/report-questions/new",
                                  form: question("Which strand was strongest?", type: "one-choice", choices: "Teaching\nBehaviour")).status, 303)
        let list = admin.get("/admin/report-questions?added=1").text
        XCTAssertTrue(list.contains("The question has been added."))
        XCTAssertTrue(list.contains("Has the ECT had their time off timetable?"))
        XCTAssertTrue(list.contains("<li>Behaviour</li>"), list)
        XCTAssertTrue(list.contains("Yes or no. Must be answered."))

        let questions = try admin.application.database.read { c in
            try c.query("SELECT id FROM report_questions ORDER BY position").map { try $0.int("id") }
        }
        XCTAssertEqual(questions.count, 2)
        XCTAssertTrue(list.contains(#"action="/admin/report-questions/\#(questions[1])/move""#))
        let moved = admin.post("/admin/report-questions/\(questions[1])/move", form: [("direction", "up")])
        XCTAssertEqual(moved.location, "/admin/report-questions?moved=1")
        let reordered = admin.get("/admin/report-questions").text
        let strongest = try XCTUnwrap(reordered.range(of: "Which strand was strongest?")).lowerBound
        let timetable = try XCTUnwrap(reordered.range(of: "Has the ECT had their time off timetable?")).lowerBound
        XCTAssertLessThan(strongest, timetable, "moved up")
        XCTAssertEqual(admin.post("/admin/report-questions/\(questions[1])/move", form: [("direction", "sideways")]).status, 400)

        XCTAssertEqual(admin.post("/admin/report-questions/\(questions[0])/retire").location, "/admin/report-questions?retired=1")
        let after = admin.get("/admin/report-questions?retired=1").text
        XCTAssertTrue(after.contains("The question has been retired."))
        XCTAssertFalse(after.contains("Has the ECT had their time off timetable?"))
        XCTAssertEqual(admin.post("/admin/report-questions/99999/retire").status, 404)
        let records = DemoRecords(admin.application.database)
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action LIKE 'report_question.%'"), 4)
    }

    func testAWrongFormIsRefusedWithItsSummaryAndWhatWasTyped() throws {
        let admin = try admin()
        let response = admin.post("/admin/report-questions/new",
                                  form: question("Which <b>one</b>?", kind: "", type: "one-choice", choices: "Only this one"))
        XCTAssertEqual(response.status, 422)
        let html = response.text
        XCTAssertTrue(html.contains("There is a problem"))
        XCTAssertTrue(html.contains(##"<a href="#kind-progress-review">Select which report the question is for</a>"##), html)
        XCTAssertTrue(html.contains(##"<a href="#choices">Enter at least 2 choices, one on each line</a>"##))
        XCTAssertTrue(html.contains(#"value="Which &lt;b&gt;one&lt;/b&gt;?""#), "the question as typed, escaped")
        XCTAssertTrue(html.contains(#"id="answerType-one-choice" name="answerType" type="radio" value="one-choice" checked"#))
        XCTAssertTrue(html.contains(">Only this one</textarea>"))
        XCTAssertTrue(html.contains(#"id="required" name="required" type="checkbox" value="yes" checked"#))
        XCTAssertEqual(try DemoRecords(admin.application.database).count("SELECT count(*) FROM report_questions"), 0)
    }

    func testOnlyTheAppropriateBodyAdminReachesThePages() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        let records = DemoRecords(session.application.database)
        try session.adoptSession(userID: try records.userID(email: "headteacher@107512.schools.example"),
                                 grantID: try records.grantID(email: "headteacher@107512.schools.example", role: .headteacher,
                                                              urn: "107512"))
        XCTAssertEqual(session.get("/admin/report-questions").status, 403)
        XCTAssertEqual(session.post("/admin/report-questions/new", form: question("Sneaky?")).status, 403)
        XCTAssertEqual(try records.count("SELECT count(*) FROM report_questions"), 0)
    }
}
