import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
@testable import Web
import XCTest

/// Issue 11 item 6: what emails say also lands in each person's notifications; each person chooses
/// email per kind, except the statutory notices, which always go.
final class NotificationsPagesTests: XCTestCase {
    private let priyaEmail = "priya.chauhan@107512.schools.example"

    private func outbox(_ application: Application, to email: String) throws -> [String] {
        try application.database.read { try $0.query("SELECT subject FROM outbox_messages WHERE recipient = ? ORDER BY id", [email])
            .map { try $0.string("subject") } }
    }

    func testASharedReportReachesTheECTsNotificationsAndTheyCanTurnItsEmailOff() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        let ect = try TestSession.acting(application, priyaEmail, as: .ect, urn: nil)
        XCTAssertTrue(ect.get("/account/notifications").text.contains("You have no notifications yet."))
        let report = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        let page = ect.get("/account/notifications").text
        XCTAssertTrue(page.contains("href=\"/reports/\(report)\""))
        XCTAssertTrue(page.contains("A report is ready for your comments: Progress review, term 1, for Priya Chauhan"))
        XCTAssertTrue(page.contains("1 unread."))
        XCTAssertEqual(try outbox(application, to: priyaEmail), ["A report is ready for your comments"])

        XCTAssertEqual(ect.post("/account/notifications/read", form: []).location, "/account/notifications")
        XCTAssertFalse(ect.get("/account/notifications").text.contains("unread."))
        // Everything but "shared" by email.
        let kept = NotificationKind.allCases.filter { !$0.isStatutory && $0 != .sharedWithMe }.map { ("email", $0.rawValue) }
        XCTAssertEqual(ect.post("/account/notifications/preferences", form: kept).location, "/account/notifications?saved=1#email")
        XCTAssertFalse(ect.get("/account/notifications").text.contains("id=\"email-shared\" name=\"email\" type=\"checkbox\" value=\"shared\" checked"))
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        let tutor = Author(userID: try records.userID(email: "david.greenwood@107512.schools.example"), name: "David Greenwood",
                           role: .inductionTutor, clientAddress: "127.0.0.1")
        let second = try StartReport(store: store).start(ectID: priya, kind: .progressReview, termNumber: 2, author: tutor)
        try SaveReport(store: store).save(reportID: second, fields: [
            "on-track": "yes", "evidence": "Observed two lessons.", "notes-ts1": "High expectations are clear.",
            "target-1-text": "Plan for the next step", "target-1-standards": "TS4", "target-1-success": "Seen in planning by half term",
        ], basedOn: 1, author: tutor)
        try ShareReport(store: store).share(reportID: second, author: tutor)
        XCTAssertEqual(try outbox(application, to: priyaEmail), ["A report is ready for your comments"], "no second email")
        XCTAssertTrue(ect.get("/account/notifications").text.contains("1 unread."), "but the notification still comes")
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'notifications.preferences_changed'"), 1)
    }

    func testTheOutcomeOfInductionAlwaysComesByEmail() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let fatimaEmail = "fatima.begum@138204.schools.example"
        let ect = try TestSession.acting(application, fatimaEmail, as: .ect, urn: nil)
        XCTAssertEqual(ect.post("/account/notifications/preferences", form: [("email", "decision_recorded")]).status, 303)
        XCTAssertEqual(try records.count("SELECT count(*) FROM notification_preferences WHERE kind = 'decision_recorded'"), 0,
                       "a statutory kind is never stored as a choice")
        try TestFixtures.makeAcceptedFinalAssessment(application.database, time: TestEnvironment.fixedTime)
        let fatima = try records.count("SELECT id FROM ects WHERE trn = '3021784'")
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        try RecordInductionOutcome(store: store).record(InductionOutcomeEntry(outcome: .pass, decidedOn: TestEnvironment.fixedTime.today),
                                                        ectID: fatima, author: TestFixtures.makeAuthor(role: .abOfficer))
        XCTAssertTrue(try outbox(application, to: fatimaEmail).contains("The outcome of the induction has been recorded"))
        XCTAssertFalse(try outbox(application, to: fatimaEmail).contains("A report is ready for your comments"), "turned off")
        XCTAssertTrue(ect.get("/account/notifications").text.contains("The outcome of the induction has been recorded"))
    }
}
