import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
@testable import Web
import XCTest

/// Issue 11 item 1 in process: each school role's home starts with its own tasks, and the ECT's with
/// what is waiting for them and the reports they have signed.
final class RoleHomesPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder = 0
    private var priya = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: "107512")
        priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
    }

    private func home(_ email: String, as role: Role) throws -> String {
        try TestSession.acting(application, email, as: role, urn: "107512").get("/schools/\(calder)").text
    }

    func testTheTutorSeesEachECTWithTheNextReportAndOneAction() throws {
        let before = try home("david.greenwood@107512.schools.example", as: .inductionTutor)
        XCTAssertTrue(before.contains("What’s next for your ECTs"))
        XCTAssertTrue(before.contains("Progress review, term 1"), "Priya's first review is next")
        XCTAssertTrue(before.contains("Not started, past due"))
        XCTAssertTrue(before.contains("Start the review<span class=\"visually-hidden\"> for Priya Chauhan</span>"))
        let report = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        let after = try home("david.greenwood@107512.schools.example", as: .inductionTutor)
        XCTAssertTrue(after.contains("href=\"/reports/\(report)\""), "the action opens the started review")
        XCTAssertTrue(after.contains("Shared with the ECT, late"))
        XCTAssertTrue(after.contains("id=\"awaiting-signature\""), "the tutor has not signed it yet")
    }

    func testTheECTSeesWhatWaitsForThemAndTheirSignedReports() throws {
        let report = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        let ect = try TestSession.acting(application, "priya.chauhan@107512.schools.example", as: .ect, urn: nil)
        let waiting = ect.get("/my-induction").text
        XCTAssertTrue(waiting.contains("add your comments and sign"))
        XCTAssertTrue(waiting.contains("href=\"/reports/\(report)\""))
        XCTAssertTrue(waiting.contains("Next: "), "what is due next")
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        let me = Author(userID: try records.userID(email: "priya.chauhan@107512.schools.example"), name: "Priya Chauhan", role: .ect,
                        clientAddress: "127.0.0.1")
        try SignReport(store: store).sign(reportID: report, as: .ect, confirmation: .password(TestEnvironment.demoPassword, sessionToken: nil),
                                          author: me)
        let signed = ect.get("/my-induction").text
        XCTAssertTrue(signed.contains("No report is waiting for your comments or signature."))
        XCTAssertTrue(signed.contains("href=\"/reports/\(report)/print\""), "the signed report to print")
    }

    func testTheMentorReadsSharedReportsAndTheLeadSeesStaffWithoutAccounts() throws {
        let report = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        XCTAssertTrue(try home("mentor@107512.schools.example", as: .mentor).contains("href=\"/reports/\(report)\""),
                      "Laura Bentley mentors Priya")
        XCTAssertFalse(try home("sophie.lumb@107512.schools.example", as: .mentor).contains("href=\"/reports/\(report)\""),
                       "another mentor does not see Priya's, not even as a report the school must act on")
        try application.database.write { try $0.run("INSERT INTO unmatched_staff_names (ect_id, role, name) VALUES (?, 'mentor', 'Ann Typed')",
                                                     [self.priya]) }
        XCTAssertTrue(try home("induction-lead@107512.schools.example", as: .inductionLead).contains("Ann Typed (named as mentor, no account)"))
        let admin = try home("school-admin@107512.schools.example", as: .schoolAdmin)
        XCTAssertFalse(admin.contains("id=\"staff-tasks\""), "a school administrator has registration tasks only")
        XCTAssertFalse(admin.contains("What’s next"))
    }

    func testTheHeadteacherSeesSignaturesAndRecommendationsDue() throws {
        let holme = try records.schoolID(urn: "138204")
        let fatima = try records.count("SELECT id FROM ects WHERE trn = '3021784'")
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        let tutor = Author(userID: try records.userID(email: "induction-tutor@138204.schools.example"), name: "Mark Holroyd",
                           role: .inductionTutor, clientAddress: "127.0.0.1")
        let id = try StartReport(store: store).start(ectID: fatima, kind: .finalFormalAssessment, termNumber: 6, author: tutor)
        var fields = ["meeting-date": "2027-07-09", "evidence": "Two years of observations.", "recommendation": "satisfactory"]
        for standard in TeachersStandard.all { fields["judgement-\(standard.fieldKey)"] = "meeting" }
        try SaveReport(store: store).save(reportID: id, fields: fields, basedOn: 1, author: tutor)
        try ShareReport(store: store).share(reportID: id, author: tutor)
        let head = try TestSession.acting(application, "headteacher@138204.schools.example", as: .headteacher, urn: "138204")
        let page = head.get("/schools/\(holme)").text
        XCTAssertTrue(page.contains("id=\"awaiting-signature\""))
        XCTAssertTrue(page.contains("id=\"recommendations-due\""))
        XCTAssertTrue(page.contains("href=\"/reports/\(id)\""))
    }
}
