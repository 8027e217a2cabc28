import Foundation
import Induction
import InductDomainTestSupport
import SQLite
import XCTest

/// Issue 11 items 3 and 5: an ECT's concern goes to the AB's named contact only, AB staff reply, both
/// audited in the change's own transaction; the report view log keeps one row per person, report and day.
final class ConcernTests: XCTestCase {
    private func fixtureWithContact() throws -> ReportFixture {
        let fixture = try ReportFixture()
        try fixture.database.write {
            try $0.run("UPDATE appropriate_bodies SET ect_contact_name = 'Nadia Contact', ect_contact_email = 'named.contact@pennine.example'")
        }
        return fixture
    }

    private func outbox(_ database: Database) throws -> [(recipient: String, subject: String, body: String)] {
        try database.read { c in
            try c.query("SELECT recipient, subject, body FROM outbox_messages ORDER BY id").map {
                (try $0.string("recipient"), try $0.string("subject"), try $0.string("body"))
            }
        }
    }

    func testRaisingAConcernIsAuditedInItsTransactionAndEmailsOnlyTheNamedContact() throws {
        let fixture = try fixtureWithContact()
        let before = try outbox(fixture.database).count
        try AuditTransactionProbe(fixture.database).assertAtomic(["ect_concerns", "outbox_messages"]) {
            try RaiseConcern(store: fixture.store).raise(subject: "Mentor meetings", body: "We have not met since October.",
                                                         ectID: try fixture.priya, author: try fixture.ect)
        }
        let sent = try outbox(fixture.database).dropFirst(before)
        XCTAssertEqual(sent.map(\.recipient), ["named.contact@pennine.example"], "one email, to the named contact alone")
        XCTAssertTrue(sent.first?.body.contains("/ab/concerns/") == true)
        XCTAssertFalse(sent.first?.body.contains("We have not met since October.") == true, "the email carries no body text")
        let actions = try fixture.database.read {
            try $0.query("SELECT action FROM audit_events WHERE action LIKE 'concern.%'").map { try $0.string("action") }
        }
        XCTAssertEqual(actions, ["concern.raised"])
    }

    func testOnlyTheECTThemselvesMayRaiseAConcernAndItMustSaySomething() throws {
        let fixture = try fixtureWithContact()
        let priya = try fixture.priya
        for author in [try fixture.head, try fixture.tutor, try fixture.mentor, try fixture.officer] {
            XCTAssertThrowsError(try RaiseConcern(store: fixture.store).raise(subject: "S", body: "B", ectID: priya, author: author)) {
                XCTAssertEqual($0 as? ConcernRefusal, .notYours, author.role)
            }
        }
        let other = try fixture.id("SELECT id FROM ects WHERE id <> ? ORDER BY id LIMIT 1", [priya])
        XCTAssertThrowsError(try RaiseConcern(store: fixture.store).raise(subject: "S", body: "B", ectID: other, author: try fixture.ect)) {
            XCTAssertEqual($0 as? ConcernRefusal, .notYours, "another ECT's record")
        }
        XCTAssertThrowsError(try RaiseConcern(store: fixture.store).raise(subject: "  ", body: "", ectID: priya, author: try fixture.ect)) {
            guard case .invalid(let errors) = $0 as? ConcernRefusal else { return XCTFail("\($0)") }
            XCTAssertEqual(Set(errors.messages.keys), ["subject", "body"])
        }
        XCTAssertEqual(try fixture.id("SELECT count(*) FROM ect_concerns"), 0)
    }

    func testTheReplyIsAuditedInItsTransactionAndEmailsTheECTAndCannotBeGivenTwice() throws {
        let fixture = try fixtureWithContact()
        let id = try RaiseConcern(store: fixture.store).raise(subject: "Mentor meetings", body: "Not since October.",
                                                              ectID: try fixture.priya, author: try fixture.ect)
        let before = try outbox(fixture.database).count
        XCTAssertThrowsError(try ReplyToConcern(store: fixture.store).reply("No", concernID: id, author: try fixture.head)) {
            XCTAssertEqual($0 as? ConcernRefusal, .notYours)
        }
        try AuditTransactionProbe(fixture.database).assertAtomic(["ect_concerns", "outbox_messages"]) {
            try ReplyToConcern(store: fixture.store).reply("I will call the school's induction lead this week.", concernID: id,
                                                           author: try fixture.officer)
        }
        XCTAssertEqual(try outbox(fixture.database).dropFirst(before).map(\.recipient), ["priya.chauhan@107512.schools.example"])
        let concern = try XCTUnwrap(try fixture.store.reader.concern(id: id))
        XCTAssertEqual(concern.state, .answered)
        XCTAssertEqual(concern.reply, "I will call the school's induction lead this week.")
        XCTAssertEqual(try fixture.store.reader.openConcernCount(), 0)
        XCTAssertThrowsError(try ReplyToConcern(store: fixture.store).reply("Again", concernID: id, author: try fixture.officer)) {
            XCTAssertEqual($0 as? ConcernRefusal, .alreadyAnswered)
        }
    }

    func testTheSchemaRefusesAnAnsweredConcernWithoutAReply() throws {
        let fixture = try fixtureWithContact()
        let id = try RaiseConcern(store: fixture.store).raise(subject: "S", body: "B", ectID: try fixture.priya, author: try fixture.ect)
        XCTAssertThrowsError(try fixture.database.write { try $0.run("UPDATE ect_concerns SET state = 'answered' WHERE id = ?", [id]) })
    }

    func testTheViewLogKeepsOneRowPerPersonReportAndDay() throws {
        let fixture = try fixtureWithContact()
        let reportID = try fixture.report(.shared)
        let time = MutableTimeSource()
        let store = InductionStore(database: fixture.database, time: time)
        let head = try XCTUnwrap(try fixture.head.userID)
        let schoolID = try fixture.id("SELECT school_id FROM ects WHERE id = ?", [try fixture.priya])
        for _ in 0..<3 {
            try RecordReportView(store: store).record(reportID: reportID, viewerUserID: head, role: .headteacher, schoolID: schoolID)
            time.advance(by: 60)
        }
        XCTAssertEqual(try fixture.id("SELECT count(*) FROM report_views"), 1, "reloading the same day adds nothing")
        time.advance(by: 86_400)
        try RecordReportView(store: store).record(reportID: reportID, viewerUserID: head, role: .headteacher, schoolID: schoolID)
        XCTAssertEqual(try fixture.id("SELECT count(*) FROM report_views"), 2, "the next UTC day is a new row")
        let access = try XCTUnwrap(try store.reader.recordAccess(ectID: try fixture.priya))
        XCTAssertEqual(access.views.count, 2)
        XCTAssertEqual(access.views.first?.viewedAt, time.timestamp, "newest first")
        XCTAssertEqual(access.people.first { $0.userID == head && $0.role == .headteacher }?.lastOpenedReportAt, time.timestamp)
        XCTAssertEqual(try fixture.id("SELECT count(*) FROM audit_events WHERE action LIKE 'report.view%'"), 0, "bookkeeping, not audited")
    }

    func testTheAccessListNamesTheRolesThePolicyLetsIn() throws {
        let fixture = try ReportFixture()
        let access = try XCTUnwrap(try fixture.store.reader.recordAccess(ectID: try fixture.priya))
        let roles = Set(access.people.map(\.role))
        XCTAssertTrue(roles.isSuperset(of: [.headteacher, .inductionLead, .abAdmin, .abOfficer]), "\(roles)")
        XCTAssertFalse(roles.contains(.ect))
        let admin = access.people.first { $0.role == .schoolAdmin }
        XCTAssertEqual(admin?.reason, "Registers ECTs; cannot read your record or your reports")
        let mentees = try fixture.database.read { c in
            try c.query("SELECT a.user_id FROM staff_assignments a WHERE a.ect_id = ? AND a.role = 'mentor' AND a.to_date IS NULL",
                        [try fixture.priya]).map { try $0.int("user_id") }
        }
        XCTAssertEqual(Set(access.people.filter { $0.role == .mentor }.map(\.userID)), Set(mentees), "only the ECT's own mentor")
    }
}
