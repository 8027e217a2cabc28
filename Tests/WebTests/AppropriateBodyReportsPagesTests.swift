import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 9 items 6, 9 and 10 in process: reports brought to a state with the domain verbs by the demo
/// people (tutor David Greenwood for Priya Chauhan, TRN 3012458, at Calder Valley), then the AB's
/// queue and at-risk list, and the record page's timeline.
final class AppropriateBodyReportsPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private let baseURL = "https://induct.test"
    private var store: InductionStore { application.services.store }

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
    }

    private var priya: Int { get throws { try records.count("SELECT id FROM ects WHERE trn = '3012458'") } }

    private func person(_ email: String, as role: Role) throws -> Author {
        let name = try XCTUnwrap(try application.database.read { try $0.queryOne("SELECT id, name FROM users WHERE email = ?", [email]) })
        return Author(userID: try name.int("id"), name: try name.string("name"), role: role, clientAddress: "192.0.2.1")
    }

    private var tutor: Author { get throws { try person("david.greenwood@107512.schools.example", as: .inductionTutor) } }
    private var ect: Author { get throws { try person("priya.chauhan@107512.schools.example", as: .ect) } }
    private var officer: Author { get throws { try person("ab-officer@pennine.example", as: .abOfficer) } }

    private static let onTrack: [String: String] = [
        "on-track": "yes", "evidence": "Observed three lessons; planning scrutiny shows clear sequencing.",
        "notes-ts4": "Lessons are well structured.", "target-1-text": "Use questioning to check understanding",
        "target-1-standards": "TS2 TS6", "target-1-success": "Hinge questions in every lesson by half term",
    ]
    private static let supportPlan = "Weekly coaching on behaviour routines with the mentor."
    private static var notOnTrack: [String: String] {
        onTrack.merging(["on-track": "no", "support-plan": supportPlan]) { _, new in new }
    }

    /// Priya's term 1 progress review, started by her tutor and brought to `state`.
    private func report(_ state: ReportState, fields: [String: String] = onTrack) throws -> Int {
        let id = try StartReport(store: store).start(ectID: try priya, kind: .progressReview, termNumber: 1, author: try tutor)
        guard state != .draft else { return id }
        let version = try records.count("SELECT version FROM reports WHERE id = ?", [id])
        _ = try SaveReport(store: store).save(reportID: id, fields: fields, basedOn: version, author: try tutor)
        try ShareReport(store: store).share(reportID: id, author: try tutor)
        guard state != .shared else { return id }
        for (role, author) in [(SignerRole.ect, try ect), (.tutor, try tutor)] {
            try SignReport(store: store)
                .sign(reportID: id, as: role, confirmation: .password(TestEnvironment.demoPassword, sessionToken: nil), author: author)
        }
        guard state != .awaitingSignatures else { return id }
        try SubmitReport(store: store).submit(reportID: id, author: try tutor)
        guard state != .submitted else { return id }
        if state == .accepted {
            try AcceptReport(store: store).accept(reportID: id, author: try officer)
        } else {
            try ReturnReport(store: store).returnForAmendment(reportID: id, reasons: "Add evidence for TS5.", author: try officer)
        }
        return id
    }

    private func signedIn(_ email: String) -> TestSession {
        let session = TestSession(application)
        XCTAssertEqual(session.signIn(email).status, 303, email)
        return session
    }

    /// The rows of the table with `id`, as plain text.
    private func rows(of id: String, in html: String) -> [String] {
        guard let start = html.range(of: "id=\"\(id)\"") else { return [] }
        let rest = String(html[start.upperBound...])
        let table = rest.range(of: "</table>").map { String(rest[..<$0.lowerBound]) } ?? ""
        return HTML.allMatches(#"(?s)<tr>(.*?)</tr>"#, in: table).map(HTML.plainText)
    }

    func testASubmittedReportIsInTheOfficersQueueAndADecidedOneInTheSecondTable() throws {
        let officer = signedIn("ab-officer@pennine.example")
        XCTAssertTrue(officer.get("/ab/reports").text.contains("No reports are awaiting a decision."))
        let id = try report(.submitted)
        let page = officer.get("/ab/reports")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.heading, "Reports")
        let awaiting = rows(of: "reports-awaiting", in: page.text)
        XCTAssertEqual(awaiting.count, 2, "the header row and Priya's")
        XCTAssertTrue(awaiting[1].contains("Priya Chauhan"), awaiting[1])
        XCTAssertTrue(awaiting[1].contains("Calder Valley"), awaiting[1])
        XCTAssertTrue(awaiting[1].contains("Progress review, term 1"), awaiting[1])
        XCTAssertTrue(page.text.contains("href=\"/reports/\(id)\""))
        XCTAssertEqual(officer.get("/reports/\(id)").status, 200, "the link opens the report page")
        XCTAssertTrue(page.text.contains("<caption class=\"table__caption heading-m\">Reports awaiting a decision, oldest first</caption>"))
        XCTAssertTrue(page.text.contains("No reports have been returned or accepted yet."))

        try AcceptReport(store: store).accept(reportID: id, author: try self.officer)
        let after = officer.get("/ab/reports")
        XCTAssertTrue(after.text.contains("No reports are awaiting a decision."))
        let decided = rows(of: "reports-decided", in: after.text)
        XCTAssertEqual(decided.count, 2)
        XCTAssertTrue(decided[1].contains("Accepted"), decided[1])
    }

    func testAReturnedReportLeavesTheQueueForTheDecidedTable() throws {
        let id = try report(.returned)
        let page = signedIn("ab-officer@pennine.example").get("/ab/reports")
        XCTAssertTrue(page.text.contains("No reports are awaiting a decision."))
        let decided = rows(of: "reports-decided", in: page.text)
        XCTAssertEqual(decided.count, 2)
        XCTAssertTrue(decided[1].contains("Returned for amendment"), decided[1])
        XCTAssertTrue(page.text.contains("href=\"/reports/\(id)\""))
    }

    func testANotOnTrackReviewPutsTheECTOnTheAtRiskListWithTheSupportPlanAtOnce() throws {
        let officer = signedIn("ab-officer@pennine.example")
        XCTAssertTrue(officer.get("/ab/at-risk").text.contains("No ECTs are on the at-risk list."))
        let id = try report(.submitted, fields: Self.notOnTrack)
        let page = officer.get("/ab/at-risk")
        XCTAssertEqual(page.status, 200)
        let entries = rows(of: "at-risk", in: page.text)
        XCTAssertEqual(entries.count, 2)
        XCTAssertTrue(entries[1].contains("Priya Chauhan"), entries[1])
        XCTAssertTrue(entries[1].contains(Self.supportPlan), entries[1])
        XCTAssertTrue(entries[1].contains("Submitted to the appropriate body"), entries[1])
        XCTAssertTrue(page.text.contains("href=\"/ects/\(try priya)\""))
        XCTAssertTrue(page.text.contains("href=\"/reports/\(id)\""))
    }

    func testAnOnTrackReviewLeavesTheAtRiskListEmpty() throws {
        _ = try report(.submitted)
        XCTAssertTrue(signedIn("ab-officer@pennine.example").get("/ab/at-risk").text.contains("No ECTs are on the at-risk list."))
    }

    func testTheAppropriateBodyHomeAndNavigationLinkToBothPages() throws {
        let home = signedIn("ab-officer@pennine.example").get("/ab")
        XCTAssertTrue(home.text.contains("href=\"/ab/reports\""))
        XCTAssertTrue(home.text.contains("href=\"/ab/at-risk\""))
    }

    func testSchoolPeopleCannotSeeTheAppropriateBodysPages() throws {
        _ = try report(.submitted, fields: Self.notOnTrack)
        for email in ["headteacher@138204.schools.example", "headteacher@107512.schools.example", "priya.chauhan@107512.schools.example"] {
            let session = signedIn(email)
            for path in ["/ab/reports", "/ab/at-risk"] {
                let page = session.get(path)
                XCTAssertEqual(page.status, 403, "\(email) \(path)")
                XCTAssertFalse(page.text.contains(Self.supportPlan))
            }
        }
    }

    func testTheTimelineShowsTheReportsStateAndLinksToIt() throws {
        let id = try report(.shared)
        let page = signedIn("david.greenwood@107512.schools.example").get("/ects/\(try priya)")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("href=\"/reports/\(id)\""))
        XCTAssertTrue(HTML.plainText(page.text).contains("Shared with the ECT"))
        XCTAssertFalse(page.text.contains("name=\"kind\" value=\"progress-review\">\n          <input type=\"hidden\" name=\"term\" value=\"1\""),
                       "no start button for a report that exists")

        let ectView = signedIn("priya.chauhan@107512.schools.example").get("/my-induction")
        XCTAssertTrue(ectView.text.contains("href=\"/reports/\(id)\""), "the ECT reads it once shared")
        XCTAssertFalse(ectView.text.contains("Start the review"))
    }

    func testADraftShowsItsStateButOnlyTheSchoolsWritersGetTheLink() throws {
        let id = try report(.draft)
        XCTAssertTrue(signedIn("headteacher@107512.schools.example").get("/ects/\(try priya)").text.contains("href=\"/reports/\(id)\""))
        let officer = signedIn("ab-officer@pennine.example").get("/ects/\(try priya)")
        XCTAssertTrue(HTML.plainText(officer.text).contains("Draft"))
        XCTAssertFalse(officer.text.contains("href=\"/reports/\(id)\""), "the AB never opens a draft")
    }

    func testAReportStillWithTheSchoolAfterItsDueDateIsLate() throws {
        // Amelia Hartley's first formal assessment (term 3) was due on 22 July 2026; today is 25 November 2026.
        let amelia = try records.count("SELECT id FROM ects WHERE first_name = 'Amelia' AND last_name = 'Hartley'")
        let head = try person("headteacher@107512.schools.example", as: .headteacher)
        let id = try StartReport(store: store).start(ectID: amelia, kind: .firstFormalAssessment, termNumber: 3, author: head)
        let page = signedIn("headteacher@107512.schools.example").get("/ects/\(amelia)")
        let row = try XCTUnwrap(HTML.allMatches(#"(?s)(<tr>\s*<th scope="row">Term 3</th>.*?</tr>)"#, in: page.text).first)
        XCTAssertTrue(row.contains("href=\"/reports/\(id)\""), row)
        XCTAssertEqual(HTML.plainText(row), "Term 3 Summer 2026, 20 April 2026 to 22 July 2026 First formal assessment "
                       + "Earliest submission 15 July 2026 Due 22 July 2026 Draft (First formal assessment, term 3) Late Completed term")
    }

    func testOnlyTheSchoolsWritersSeeTheStartButton() throws {
        let path = "/ects/\(try priya)"
        for email in ["headteacher@107512.schools.example", "david.greenwood@107512.schools.example"] {
            let page = signedIn(email).get(path)
            XCTAssertEqual(page.status, 200)
            XCTAssertTrue(page.text.contains("<form method=\"post\" action=\"/ects/\(try priya)/reports\""), email)
            XCTAssertTrue(page.text.contains("<input type=\"hidden\" name=\"kind\" value=\"progress-review\">"), email)
            XCTAssertTrue(page.text.contains("<input type=\"hidden\" name=\"term\" value=\"1\">"), email)
            XCTAssertTrue(page.text.contains("Start the review"), email)
            XCTAssertTrue(page.text.contains("name=\"_csrf\""), email)
            XCTAssertFalse(page.text.contains("Not started"), email)
        }
        for email in ["mentor@107512.schools.example", "ab-officer@pennine.example"] {
            let page = signedIn(email).get(path)
            XCTAssertEqual(page.status, 200, email)
            XCTAssertFalse(page.text.contains("action=\"/ects/\(try priya)/reports\""), email)
            XCTAssertFalse(page.text.contains("Start the review"), email)
            XCTAssertTrue(page.text.contains("Not started"), email)
        }
    }

    func testTheStartFormOpensTheReportAndTheTimelineThenLinksToIt() throws {
        let session = signedIn("david.greenwood@107512.schools.example")
        let path = "/ects/\(try priya)"
        XCTAssertEqual(session.get(path).status, 200, "the page gives the form its CSRF token")
        let started = session.post(path + "/reports", form: [("kind", "progress-review"), ("term", "1")])
        XCTAssertEqual(started.status, 303)
        let id = try records.count("SELECT id FROM reports WHERE ect_id = ? AND kind = 'progress-review' AND term_number = 1", [try priya])
        XCTAssertEqual(started.location, "/reports/\(id)")
        XCTAssertEqual(session.get("/reports/\(id)").status, 200)
        let page = session.get(path)
        XCTAssertTrue(page.text.contains("href=\"/reports/\(id)\""))
        XCTAssertTrue(HTML.plainText(page.text).contains("Draft (Progress review, term 1)"))
    }

    func testLateMeansSubmittedAfterTheDueDate() {
        var row = AppropriateBodyReportRow(reportID: 1, ectID: 1, ectName: "A B", schoolName: "S", kind: .progressReview, termNumber: 1,
                                           state: .submitted, dueDate: CalendarDate(iso: "2026-12-18")!,
                                           submittedAt: "2026-12-18T23:00:00Z", decidedAt: nil)
        XCTAssertFalse(row.isLate, "on the due date")
        row.submittedAt = "2026-12-19T08:00:00Z"
        XCTAssertTrue(row.isLate)
    }
}
