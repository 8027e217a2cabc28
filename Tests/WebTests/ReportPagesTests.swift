import Foundation
import HTTP
import Induction
import InductTestSupport
import SQLite
@testable import Web
import XCTest

/// Issue 9's pages in process with strict templates: the tutor starts, writes and shares a progress
/// review; the ECT comments and signs; the tutor signs and submits; the officer accepts. Refusals
/// show the page again with the reason and what was typed.
final class ReportPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords { DemoRecords(application.database) }

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
    }

    private func session(_ email: String, _ role: Role, urn: String?) throws -> TestSession {
        try TestSession.acting(application, email, as: role, urn: urn)
    }

    private var priya: Int { get throws { try records.count("SELECT id FROM ects WHERE trn = '3012458'") } }

    private static let review: [(String, String)] = [
        ("on-track", "yes"), ("evidence", "Observed three lessons & a <planning> meeting."), ("notes-ts4", "Well structured."),
        ("target-1-text", "Check understanding with hinge questions"), ("target-1-standards", "TS2, TS6"),
        ("target-1-success", "Seen in two observations by February"),
    ]

    private func started(_ tutor: TestSession) throws -> (id: Int, path: String) {
        let start = tutor.post("/ects/\(try priya)/reports", form: [("kind", "progress-review"), ("term", "1")])
        XCTAssertEqual(start.status, 303)
        let path = try XCTUnwrap(start.location)
        XCTAssertEqual(tutor.post("/ects/\(try priya)/reports", form: [("kind", "progress-review"), ("term", "1")]).location, path,
                       "a second start opens the same report")
        return (try XCTUnwrap(Int(path.split(separator: "/").last ?? "")), path)
    }

    private func version(_ session: TestSession, _ path: String) throws -> String {
        let text = session.get(path).text
        let marker = #"name="version" value=""#
        let start = try XCTUnwrap(text.range(of: marker)).upperBound
        return String(text[start...].prefix { $0 != "\"" })
    }

    func testAProgressReviewFromTheTutorsDraftToTheOfficersAcceptance() throws {
        let tutor = try session("david.greenwood@107512.schools.example", .inductionTutor, urn: "107512")
        let (_, path) = try started(tutor)
        let draft = tutor.get(path)
        XCTAssertEqual(draft.status, 200)
        XCTAssertTrue(draft.text.contains("Priya Chauhan"))
        XCTAssertTrue(draft.text.contains("3012458"))
        let saved = tutor.post(path, form: Self.review + [("version", try version(tutor, path))])
        XCTAssertEqual(saved.location, "\(path)?done=saved")
        XCTAssertTrue(tutor.get(path).text.contains("Observed three lessons &amp; a &lt;planning&gt; meeting."), "escaped on output")
        XCTAssertEqual(tutor.post("\(path)/share", form: [("version", try version(tutor, path))]).location, "\(path)?done=shared")

        let ect = try session("priya.chauhan@107512.schools.example", .ect, urn: "107512")
        XCTAssertEqual(ect.get(path).status, 200)
        XCTAssertEqual(ect.post(path, form: Self.review + [("version", try version(ect, path))]).status, 403, "the ECT never writes the school's text")
        XCTAssertEqual(ect.post("\(path)/comments", form: [("ect-comments", "I agree."), ("version", try version(ect, path))]).location,
                       "\(path)?done=commented")
        let wrong = ect.post("\(path)/sign", form: [("role", "ect"), ("password", "not it"), ("version", try version(ect, path))])
        XCTAssertEqual(wrong.status, 422)
        XCTAssertTrue(wrong.text.contains("The password or code is not right"))
        XCTAssertEqual(ect.post("\(path)/sign", form: [("role", "ect"), ("password", TestEnvironment.demoPassword),
                                                       ("version", try version(ect, path))]).location, "\(path)?done=signed")

        let early = tutor.post("\(path)/submit", form: [("version", try version(tutor, path))])
        XCTAssertEqual(early.status, 422)
        XCTAssertTrue(early.text.contains("The report still needs signing by the induction tutor"))
        XCTAssertEqual(tutor.post("\(path)/sign", form: [("role", "tutor"), ("password", TestEnvironment.demoPassword),
                                                         ("version", try version(tutor, path))]).location, "\(path)?done=signed")
        XCTAssertEqual(tutor.post("\(path)/submit", form: [("version", try version(tutor, path))]).location, "\(path)?done=submitted")

        let officer = try session("ab-officer@pennine.example", .abOfficer, urn: nil)
        let submitted = officer.get(path)
        XCTAssertEqual(submitted.status, 200)
        XCTAssertTrue(submitted.text.contains("Matches the report"))
        XCTAssertEqual(officer.post("\(path)/accept", form: [("version", try version(officer, path))]).location, "\(path)?done=accepted")
        XCTAssertTrue(officer.get("\(path)/print").text.contains("Accepted"))
    }

    func testADraftIsTheSchoolsAloneAndAStaleSaveKeepsWhatWasTyped() throws {
        let tutor = try session("david.greenwood@107512.schools.example", .inductionTutor, urn: "107512")
        let (_, path) = try started(tutor)
        XCTAssertEqual(try session("priya.chauhan@107512.schools.example", .ect, urn: "107512").get(path).status, 403, "not shared yet")
        XCTAssertEqual(try session("mentor@107512.schools.example", .mentor, urn: "107512").get(path).status, 403)
        XCTAssertEqual(try session("ab-officer@pennine.example", .abOfficer, urn: nil).get(path).status, 403)
        XCTAssertEqual(try session("headteacher@138204.schools.example", .headteacher, urn: "138204").get(path).status, 403,
                       "another school")
        let head = try session("headteacher@107512.schools.example", .headteacher, urn: "107512")
        let opened = try version(head, path)
        XCTAssertEqual(tutor.post(path, form: Self.review + [("version", opened)]).status, 303)
        let stale = head.post(path, form: [("evidence", "The head's own words"), ("version", opened)])
        XCTAssertEqual(stale.status, 422)
        XCTAssertTrue(stale.text.contains("David Greenwood saved this report while you were editing it"))
        XCTAssertTrue(stale.text.contains("The head&#39;s own words"), "their text stays on screen")
        let long = tutor.post(path, form: [("evidence", String(repeating: "x", count: 10_001)), ("version", try version(tutor, path))])
        XCTAssertEqual(long.status, 422)
        XCTAssertTrue(long.text.contains("Must be 10,000 characters or fewer (it has 10,001)"))
    }
}

/// A tutor at the school who is not this ECT's tutor reads the report but cannot write or sign it as tutor.
final class ReportWritersPagesTests: XCTestCase {
    func testAnotherTutorAtTheSchoolIsRefusedWithA403() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let reportID = try records.makeSharedReport(ectID: try records.count("SELECT id FROM ects WHERE trn = '3012458'"),
                                                    time: TestEnvironment.fixedTime)
        // Rachel Sutcliffe tutors Amelia and Oliver, not Priya; as headteacher she may write, as tutor she may not sign.
        let other = TestSession(application)
        try other.adoptSession(userID: try records.userID(email: "headteacher@107512.schools.example"),
                               grantID: try records.grantID(email: "headteacher@107512.schools.example", role: .inductionTutor, urn: "107512"))
        XCTAssertEqual(other.get("/reports/\(reportID)").status, 200)
        let version = try records.count("SELECT version FROM reports WHERE id = ?", [reportID])
        let signed = other.post("/reports/\(reportID)/sign", form: [("role", "tutor"), ("password", TestEnvironment.demoPassword),
                                                                    ("version", String(version))])
        XCTAssertEqual(signed.status, 403)
        XCTAssertTrue(signed.text.contains("Only the people named on this report can sign as induction tutor"))
    }
}

/// SG 2.62: when an ECT transfers, the new school's headteacher and tutors read the reports written
/// at the school they left; a third school reads nothing.
final class ReportContinuityPagesTests: XCTestCase {
    func testTheNewSchoolReadsTheEarlierSchoolsReports() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        let reportID = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        try records.transfer(ectID: priya, leaving: "2026-10-23", nextSchool: "Holme Moss Academy", toURN: DemoRecords.holmeMossURN,
                             joining: "2026-11-02", time: TestEnvironment.fixedTime)
        func session(_ email: String, _ role: Role, _ urn: String) throws -> TestSession {
            try TestSession.acting(application, email, as: role, urn: urn)
        }
        let newHead = try session("headteacher@138204.schools.example", .headteacher, DemoRecords.holmeMossURN)
        let record = newHead.get("/ects/\(priya)")
        XCTAssertEqual(record.status, 200)
        XCTAssertTrue(record.text.contains("Reports from earlier in induction"))
        XCTAssertTrue(record.text.contains(#"<a href="/reports/\#(reportID)">Progress review, term 1</a>"#))
        XCTAssertEqual(newHead.get("/reports/\(reportID)").status, 200)
        let third = try session("headteacher@145630.schools.example", .headteacher, DemoRecords.stAidansURN)
        XCTAssertEqual(third.get("/reports/\(reportID)").status, 403)
    }
}

/// Issue 9 item 3: a question the AB adds is on the form of a report started afterwards, and a
/// required one must be answered before the report is shared.
final class ReportQuestionsOnTheFormTests: XCTestCase {
    func testANewReportAsksTheABsQuestion() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let admin = TestSession(application)
        try admin.adoptSession(userID: try records.userID(email: "ab-admin@pennine.example"), grantID: nil)
        XCTAssertEqual(admin.post("/admin/report-questions/new", form: [
            ("kind", "progress-review"), ("prompt", "Has the ECT had their 10% time off timetable?"), ("hint", ""),
            ("answerType", "yes-no"), ("choices", ""), ("required", "yes"),
        ]).status, 303)
        let tutor = TestSession(application)
        try tutor.adoptSession(userID: try records.userID(email: "david.greenwood@107512.schools.example"),
                               grantID: try records.grantID(email: "david.greenwood@107512.schools.example", role: .inductionTutor, urn: "107512"))
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        let path = try XCTUnwrap(tutor.post("/ects/\(priya)/reports", form: [("kind", "progress-review"), ("term", "1")]).location)
        XCTAssertTrue(tutor.get(path).text.contains("Has the ECT had their 10% time off timetable?"))
        let version = try records.count("SELECT version FROM reports WHERE id = ?", [Int(path.split(separator: "/").last!)!])
        let fields: [(String, String)] = [("on-track", "yes"), ("evidence", "Seen."), ("notes-ts1", "Fine."), ("target-1-text", "A"),
                                          ("target-1-standards", "TS1"), ("target-1-success", "B"), ("version", String(version))]
        XCTAssertEqual(tutor.post(path, form: fields).status, 303)
        let share = tutor.post("\(path)/share", form: [("version", String(version + 1))])
        XCTAssertEqual(share.status, 422)
        XCTAssertTrue(share.text.contains("Answer: Has the ECT had their 10% time off timetable?"))
    }
}
