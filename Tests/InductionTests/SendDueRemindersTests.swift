import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 11 item 7: the daily run queues each due reminder once per person, whatever happens.
final class SendDueRemindersTests: XCTestCase {
    private var fixture: ReminderFixture!
    private let author = SendDueReminders.author

    override func setUpWithError() throws {
        fixture = try ReminderFixture(at: "2026-12-03T07:00:00Z")
    }

    private func send(on day: String) throws -> Int {
        try SendDueReminders(store: fixture.store).send(on: CalendarDate(iso: day)!, author: author)
    }

    func testAWeekBeforeTheTutorTheInductionLeadAndTheECTAreEachEmailedOnce() throws {
        let id = try fixture.report(dueOn: "2026-12-10")
        XCTAssertEqual(try send(on: "2026-12-03"), 3)
        XCTAssertEqual(try fixture.sent(id), ReminderFixture.reviewPeople.map { "week-before 2026-12-03 \($0)" })
        XCTAssertEqual(try fixture.outbox(subject: "A report is due in a week"), ReminderFixture.reviewPeople)
        let body = try XCTUnwrap(try fixture.database.read {
            try $0.queryOne("SELECT body FROM outbox_messages WHERE subject = 'A report is due in a week' ORDER BY id LIMIT 1")?.string("body")
        })
        XCTAssertTrue(body.contains("due on 10 December 2026"), body)
        XCTAssertTrue(body.contains("https://induct.test/reports/\(id)"), body)
        XCTAssertTrue(body.contains("Progress review, term 1, for Priya Chauhan"), body)
    }

    func testAFormalAssessmentAlsoRemindsTheHeadteacher() throws {
        let id = try fixture.report(dueOn: "2026-12-10", kind: .firstFormalAssessment)
        XCTAssertEqual(try send(on: "2026-12-10"), 4)
        XCTAssertEqual(try fixture.outbox(subject: "A report is due today"),
                       (ReminderFixture.reviewPeople + ["headteacher@107512.schools.example"]).sorted())
        XCTAssertEqual(try fixture.sent(id).count, 4)
    }

    func testARestartInTheMiddleOfTheDayOrASecondRunSendsNothingAgain() throws {
        let id = try fixture.report(dueOn: "2026-12-10")
        XCTAssertEqual(try send(on: "2026-12-09"), 3)
        fixture.set("2026-12-09T13:00:00Z")
        XCTAssertEqual(try send(on: "2026-12-09"), 0)
        XCTAssertEqual(try send(on: "2026-12-09"), 0)
        XCTAssertEqual(try fixture.sent(id).count, 3)
        XCTAssertEqual(try fixture.outbox(subject: "A report is due tomorrow").count, 3)
        XCTAssertEqual(try fixture.count("SELECT reminders_sent FROM reminder_runs WHERE run_on = '2026-12-09'"), 3)
        XCTAssertEqual(try fixture.count("SELECT count(*) FROM audit_events WHERE action = 'reminders.sent'"), 3, "one event a run")
    }

    func testADayTheServerWasDownCatchesUpWithOnlyTheLatestStage() throws {
        let id = try fixture.report(dueOn: "2026-12-10")
        XCTAssertEqual(try send(on: "2026-12-03"), 3)
        // Down from the 4th to the 11th: the day before, the due day and the overdue day were missed.
        XCTAssertEqual(try send(on: "2026-12-14"), 3)
        XCTAssertEqual(try fixture.sent(id).map { String($0.prefix(while: { $0 != "@" })) }, [
            "week-before 2026-12-03 david.greenwood", "week-before 2026-12-03 induction-lead", "week-before 2026-12-03 priya.chauhan",
            "overdue 2026-12-11 david.greenwood", "overdue 2026-12-11 induction-lead", "overdue 2026-12-11 priya.chauhan",
        ])
        XCTAssertEqual(try fixture.outbox(subject: "A report is due tomorrow"), [])
        XCTAssertEqual(try fixture.outbox(subject: "A report is due today"), [])
        XCTAssertEqual(try send(on: "2026-12-15"), 0, "overdue was sent; the weekly one is on the 18th")
        XCTAssertEqual(try send(on: "2026-12-18"), 3)
    }

    func testBankHolidaysAndWeekendsSendNothingAndASubmittedReportNothingAtAll() throws {
        let id = try fixture.report(dueOn: "2026-05-04")
        XCTAssertEqual(try send(on: "2026-04-27"), 3)
        XCTAssertEqual(try send(on: "2026-05-01"), 3)
        XCTAssertEqual(try send(on: "2026-05-02"), 0)
        XCTAssertEqual(try send(on: "2026-05-04"), 0)
        XCTAssertEqual(try fixture.sent(id).map { $0.split(separator: " ").prefix(2).joined(separator: " ") },
                       Array(repeating: "week-before 2026-04-27", count: 3) + Array(repeating: "due-day 2026-05-04", count: 3))
        try fixture.database.write {
            try $0.run("UPDATE reports SET state = 'submitted', submitted_at = '2026-05-04T10:00:00Z' WHERE id = ?", [id])
        }
        XCTAssertEqual(try send(on: "2026-05-05"), 0)
    }

    func testTheSameReminderCannotBeStoredTwice() throws {
        let id = try fixture.report(dueOn: "2026-12-10")
        try send(on: "2026-12-03")
        XCTAssertThrowsError(try fixture.database.write { c in
            try c.run("""
                INSERT INTO report_reminders (report_id, stage, occurs_on, sent_on, user_id, outbox_message_id, created_at)
                SELECT report_id, stage, occurs_on, '2026-12-04', user_id, outbox_message_id, created_at FROM report_reminders
                WHERE report_id = ? LIMIT 1
                """, [id])
        })
        XCTAssertThrowsError(try fixture.database.write { c in
            try c.run("UPDATE report_reminders SET stage = 'soon' WHERE report_id = ?", [id])
        })
    }

    func testTheRunAndItsAuditCommitTogether() throws {
        _ = try fixture.report(dueOn: "2026-12-10")
        try AuditTransactionProbe(fixture.database).assertAtomic(["outbox_messages", "reminder_runs", "report_reminders"]) {
            _ = try send(on: "2026-12-03")
        }
        let detail = try fixture.database.read {
            try $0.queryOne("SELECT actor, detail FROM audit_events WHERE action = 'reminders.sent' ORDER BY id DESC LIMIT 1")
        }
        XCTAssertEqual(try detail?.string("actor"), "induct reminders")
        XCTAssertEqual(try detail?.string("detail"), "3 reminders sent for 3 December 2026")
    }
}
