import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 11 item 7: "people see which reminders they will get" at /account/reminders, and the AB
/// chases a school's overdue reports. "Today" is Wednesday 25 November 2026.
final class ReminderPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var reportID = 0
    private var calder = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        reportID = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        try application.database.write { c in
            try c.run("""
                UPDATE reports SET state = 'accepted', submitted_at = '2026-01-01T00:00:00Z', decided_at = '2026-01-01T00:00:00Z'
                WHERE id <> ?
                """, [reportID])
        }
    }

    private func due(_ day: String) throws {
        try application.database.write {
            try $0.run("UPDATE reports SET earliest_submission = '2026-01-01', due_date = ? WHERE id = ?", [day, reportID])
        }
    }

    private func session(_ email: String, role: Role) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role))
        return session
    }

    private func rows(_ page: TestResponse) -> [[String]] {
        HTML.allMatches(#"<tr>(.*?)</tr>"#, in: page.text).dropFirst().map {
            HTML.allMatches(#"<t[dh][^>]*>(.*?)</t[dh]>"#, in: $0).map(HTML.plainText)
        }
    }

    func testTheTutorSeesTheRemindersToComeAndTheMentorNone() throws {
        // Due Monday 30 November: the day before is a Sunday, so that reminder comes on Friday.
        try due("2026-11-30")
        let tutor = try session("david.greenwood@107512.schools.example", role: .inductionTutor)
        let page = tutor.get("/account/reminders")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.heading, "Your reminders")
        let title = "Progress review, term 1, for Priya Chauhan"
        XCTAssertEqual(rows(page), [
            ["27 November 2026", "Due tomorrow", title, "30 November 2026"],
            ["30 November 2026", "Due today", title, "30 November 2026"],
            ["1 December 2026", "Overdue", title, "30 November 2026"],
        ])
        XCTAssertTrue(page.text.contains(#"href="/reports/\#(reportID)""#))
        let mentor = try session("mentor@107512.schools.example", role: .mentor).get("/account/reminders")
        XCTAssertEqual(mentor.status, 200)
        XCTAssertTrue(mentor.text.contains("You have no reminders coming."))
        XCTAssertEqual(rows(mentor), [])
    }

    func testAReminderAlreadySentIsNoLongerListed() throws {
        try due("2026-12-02")
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        XCTAssertEqual(try SendDueReminders(store: store).send(on: CalendarDate(iso: "2026-11-25")!, author: SendDueReminders.author), 3)
        let page = try session("priya.chauhan@107512.schools.example", role: .ect).get("/account/reminders")
        XCTAssertEqual(rows(page).map { $0[1] }, ["Due tomorrow", "Due today", "Overdue"])
    }

    func testTheOfficerChasesOnlyThatSchoolsLeadersAboutItsOverdueReports() throws {
        try due("2026-11-20")
        let officer = try session("ab-officer@pennine.example", role: .abOfficer)
        officer.get("/ab/schools")
        let before = try records.count("SELECT count(*) FROM outbox_messages")
        let chased = officer.post("/ab/schools/\(calder)/chase")
        XCTAssertEqual(chased.status, 303)
        XCTAssertEqual(chased.location, "/schools/\(calder)?school-updated=chased")
        let messages = try application.database.read {
            try $0.query("SELECT recipient, subject, body FROM outbox_messages WHERE id > (SELECT max(id) - ? FROM outbox_messages) ORDER BY recipient",
                         [try records.count("SELECT count(*) FROM outbox_messages") - before])
        }
        XCTAssertEqual(try messages.map { try $0.string("recipient") },
                       ["headteacher@107512.schools.example", "induction-lead@107512.schools.example"])
        for message in messages {
            XCTAssertTrue(try message.string("subject").hasPrefix("Overdue reports at "))
            let body = try message.string("body")
            XCTAssertTrue(body.contains("Progress review, term 1, for Priya Chauhan, due 20 November 2026"), body)
            XCTAssertTrue(body.contains("/reports/\(reportID)"), body)
        }
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'reports.chased' AND record_id = ?", [calder]), 1)
        let school = officer.get(try XCTUnwrap(chased.location))
        XCTAssertTrue(school.text.contains("emailed a list of its overdue reports"))
    }

    func testNothingOverdueSendsNothingAndAnUnknownSchoolIsNotFound() throws {
        try due("2026-12-10")
        let officer = try session("ab-officer@pennine.example", role: .abOfficer)
        officer.get("/ab/schools")
        let before = try records.count("SELECT count(*) FROM outbox_messages")
        XCTAssertEqual(officer.post("/ab/schools/\(calder)/chase").location, "/schools/\(calder)?school-updated=nothing-overdue")
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages"), before)
        XCTAssertEqual(officer.post("/ab/schools/999999/chase").status, 404)
        XCTAssertEqual(officer.post("/ab/schools/\(calder)/chase", csrf: .none).status, 403, "the chase is CSRF-checked")
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'reports.chased'"), 0)
    }
}
