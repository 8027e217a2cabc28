import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 9: the report verbs on the demo school, as its people would use them, and every refusal
/// the issue names.
final class ReportStepsTests: XCTestCase {
    private var fixture: ReportFixture!
    private var database: Database { fixture.database }
    private var store: InductionStore { fixture.store }
    private var baseURL: String { fixture.baseURL }
    private var tutor: Author { get throws { try fixture.tutor } }
    private var head: Author { get throws { try fixture.head } }
    private var ect: Author { get throws { try fixture.ect } }
    private var mentor: Author { get throws { try fixture.mentor } }
    private var officer: Author { get throws { try fixture.officer } }
    private var priya: Int { get throws { try fixture.priya } }
    private static var review: [String: String] { ReportFixture.review }

    override func setUpWithError() throws {
        fixture = try ReportFixture()
    }

    private func report(_ state: ReportState = .draft, fields: [String: String] = ReportFixture.review) throws -> Int {
        try fixture.report(state, fields: fields)
    }

    private func sign(_ reportID: Int, _ role: SignerRole, _ author: Author) throws { try fixture.sign(reportID, role, author) }
    private func load(_ reportID: Int) throws -> Report { try fixture.load(reportID) }

    private func refusal(_ body: () throws -> Void) -> ReportRefusal? {
        do { try body(); return nil } catch { return error as? ReportRefusal }
    }

    func testAProgressReviewGoesFromDraftToAcceptedWithEveryoneInTurn() throws {
        let reportID = try report(.submitted)
        var stored = try load(reportID)
        XCTAssertEqual(stored.state, .submitted)
        XCTAssertEqual(stored.signedRoles, [.tutor, .ect])
        XCTAssertTrue(stored.signaturesHold)
        XCTAssertEqual(Set(stored.liveSignatures.map(\.contentHash)), [stored.sealHash], "both sealed the same content")
        try AcceptReport(store: store).accept(reportID: reportID, author: try officer)
        stored = try load(reportID)
        XCTAssertEqual(stored.state, .accepted)
        let actions = try database.read { try $0.query("SELECT action FROM audit_events WHERE record_type = 'report' AND record_id = ? ORDER BY id",
                                                       [reportID]).map { try $0.string("action") } }
        XCTAssertEqual(actions, ["report.started", "report.saved", "report.shared", "report.signed", "report.signed", "report.submitted",
                                 "report.accepted"])
        let subjects = try SignInFixtures.outbox(database).map(\.subject)
        XCTAssertTrue(subjects.contains("A report is ready for your comments"))
        XCTAssertTrue(subjects.contains("A report is ready to submit"))
        XCTAssertTrue(subjects.contains("A report has been submitted"))
        XCTAssertTrue(subjects.contains("A report has been accepted"))
    }

    func testStartingTwiceReturnsTheSameReport() throws {
        let first = try report()
        XCTAssertEqual(try StartReport(store: store).start(ectID: try priya, kind: .progressReview, termNumber: 1, author: try tutor), first)
        XCTAssertEqual(refusal { _ = try StartReport(store: store).start(ectID: try priya, kind: .finalFormalAssessment, termNumber: 1,
                                                                          author: try tutor) }, .notDue)
    }

    func testSigningADraftIsRefused() throws {
        let reportID = try report()
        try SaveReport(store: store).save(reportID: reportID, fields: Self.review, basedOn: 1, author: try tutor)
        XCTAssertEqual(refusal { try sign(reportID, .tutor, try tutor) }, .notInThisState(.sign(.tutor), .draft))
    }

    func testSubmittingWithoutEverySignatureIsRefused() throws {
        let reportID = try report(.shared)
        try sign(reportID, .tutor, try tutor)
        XCTAssertEqual(refusal { try SubmitReport(store: store).submit(reportID: reportID, author: try tutor) },
                       .missingSignatures([.ect]))
    }

    func testTheMentorReadsButNeverWritesOrSigns() throws {
        let reportID = try report(.shared)
        XCTAssertEqual(refusal { try SaveReport(store: store).save(reportID: reportID, fields: [:], basedOn: 2, author: try mentor) },
                       .notYours(.edit))
        XCTAssertEqual(refusal { try sign(reportID, .tutor, try mentor) }, .notYours(.sign(.tutor)))
        XCTAssertEqual(refusal { _ = try StartReport(store: store).start(ectID: try priya, kind: .progressReview, termNumber: 2,
                                                                          author: try mentor) }, .notYours(.edit))
    }

    func testTheECTCannotChangeTheSchoolsTextNorTheSchoolTheECTs() throws {
        let reportID = try report(.shared)
        XCTAssertEqual(refusal { try SaveReport(store: store).save(reportID: reportID, fields: ["evidence": "mine"], basedOn: 2,
                                                                    author: try ect) }, .notYours(.edit))
        try CommentOnReport(store: store).comment(reportID: reportID, comments: "I agree with the targets.", basedOn: 2, author: try ect)
        var fields = Self.review
        fields[ReportContent.ectCommentsField] = "Rewritten by the school"
        try SaveReport(store: store).save(reportID: reportID, fields: fields, basedOn: 3, author: try tutor)
        XCTAssertEqual(try load(reportID).content.ectComments, "I agree with the targets.", "the ECT's comments are theirs alone")
        XCTAssertEqual(refusal { try CommentOnReport(store: store).comment(reportID: reportID, comments: "x", basedOn: 3, author: try tutor) },
                       .notYours(.comment))
    }

    func testTheSchoolCannotEditASubmittedReport() throws {
        let reportID = try report(.submitted)
        let version = try load(reportID).version
        XCTAssertEqual(refusal { try SaveReport(store: store).save(reportID: reportID, fields: [:], basedOn: version, author: try tutor) },
                       .notInThisState(.edit, .submitted))
    }

    func testASecondSaveFromAnOlderVersionIsRefusedNamingWhoSaved() throws {
        let reportID = try report()
        try SaveReport(store: store).save(reportID: reportID, fields: ["evidence": "First"], basedOn: 1, author: try tutor)
        XCTAssertEqual(refusal { try SaveReport(store: store).save(reportID: reportID, fields: ["evidence": "Second"], basedOn: 1,
                                                                    author: try head) }, .changedMeanwhile(by: "David Greenwood"))
        XCTAssertEqual(try load(reportID).content["evidence"], "First")
    }

    func testAnEditAfterASignatureClearsItAndTheHistoryShowsTheField() throws {
        let reportID = try report(.awaitingSignatures)
        var fields = Self.review
        fields["evidence"] = "Observed four lessons."
        try SaveReport(store: store).save(reportID: reportID, fields: fields, basedOn: try load(reportID).version, author: try head)
        let stored = try load(reportID)
        XCTAssertEqual(stored.state, .shared)
        XCTAssertEqual(stored.liveSignatures, [])
        XCTAssertEqual(stored.signatures.count, 2, "cleared, never deleted")
        let change = try XCTUnwrap(try database.read {
            try $0.queryOne("SELECT field, old_value, new_value, author FROM report_changes WHERE report_id = ? ORDER BY id DESC", [reportID])
        })
        XCTAssertEqual([try change.string("field"), try change.string("new_value"), try change.string("author")],
                       ["evidence", "Observed four lessons.", "Rachel Sutcliffe"])
        XCTAssertEqual(try change.string("old_value"), Self.review["evidence"])
    }

    func testAWrongPasswordSignsNothingAndARecentConfirmationIsNeededWithoutOne() throws {
        let reportID = try report(.shared)
        XCTAssertEqual(refusal {
            try SignReport(store: store).sign(reportID: reportID, as: .tutor, confirmation: .password("guess", sessionToken: nil),
                                                               author: try tutor)
        }, .wrongConfirmation)
        XCTAssertEqual(refusal {
            try SignReport(store: store).sign(reportID: reportID, as: .tutor, confirmation: .recent(sessionToken: "none"),
                                                               author: try tutor)
        }, .confirmationNeeded)
        XCTAssertEqual(try load(reportID).liveSignatures, [])
    }

    func testANotOnTrackReviewPutsTheECTOnTheAtRiskListWhenSubmitted() throws {
        var fields = Self.review
        fields["on-track"] = "no"
        XCTAssertEqual(refusal { _ = try report(.shared, fields: fields) },
                       .incomplete(ValidationErrors(["support-plan": "Set out the support plan: the ECT is not on track (SG 4.1)"])))
        fields["support-plan"] = "Weekly coaching on behaviour routines with the mentor."
        let reportID = try report(.submitted, fields: fields)
        let entry = try XCTUnwrap(try database.read { try $0.queryOne("SELECT * FROM at_risk_entries WHERE ect_id = ?", [try priya]) })
        XCTAssertEqual(try entry.int("report_id"), reportID)
        XCTAssertTrue(try SignInFixtures.outbox(database).contains { $0.subject == "At risk: Priya Chauhan is not on track" })
    }

    func testAReturnedReportIsEditedSignedAgainAndAccepted() throws {
        let reportID = try report(.submitted)
        XCTAssertEqual(refusal { try ReturnReport(store: store).returnForAmendment(reportID: reportID, reasons: "  ",
                                                                                                   author: try officer) }, .reasonRequired)
        XCTAssertEqual(refusal { try ReturnReport(store: store).returnForAmendment(reportID: reportID, reasons: "No",
                                                                                                   author: try tutor) },
                       .notYours(.returnForAmendment))
        try ReturnReport(store: store).returnForAmendment(reportID: reportID, reasons: "Targets are not measurable.",
                                                                            author: try officer)
        XCTAssertEqual(try load(reportID).state, .returned)
        var fields = Self.review
        fields["target-1-success"] = "Four hinge questions a lesson, seen in two observations by February"
        try SaveReport(store: store).save(reportID: reportID, fields: fields, basedOn: try load(reportID).version, author: try tutor)
        XCTAssertEqual(try load(reportID).liveSignatures, [])
        try sign(reportID, .tutor, try tutor)
        try sign(reportID, .ect, try ect)
        try SubmitReport(store: store).submit(reportID: reportID, author: try tutor)
        try AcceptReport(store: store).accept(reportID: reportID, author: try officer)
        XCTAssertEqual(try load(reportID).state, .accepted)
    }
}

/// SG 2.61: the final assessment's report is due 10 working days after the meeting the school records.
final class FinalAssessmentDeadlineTests: XCTestCase {
    func testTheDueDateIsTenWorkingDaysAfterTheMeetingBankHolidaysExcluded() throws {
        let fixture = try ReportFixture()
        let fatima = try fixture.id("SELECT id FROM ects WHERE trn = '3021784'")
        let tutor = try fixture.person("induction-tutor@138204.schools.example", as: .inductionTutor)
        let id = try StartReport(store: fixture.store).start(ectID: fatima, kind: .finalFormalAssessment, termNumber: 6, author: tutor)
        // Thursday 20 May 2027; Monday 31 May 2027 is the spring bank holiday.
        try SaveReport(store: fixture.store).save(reportID: id, fields: ["meeting-date": "2027-05-20"], basedOn: 1, author: tutor)
        XCTAssertEqual(try fixture.load(id).dueDate.iso, "2027-06-04")
    }
}

/// Issue 9 item 7: a signer who confirmed who they are in this session in the last 10 minutes (by
/// signing in with their password, or a password given to sign) is not asked again; after that they are.
final class SignerConfirmationTests: XCTestCase {
    private func session(_ fixture: ReportFixture, startedMinutesAgo minutes: Double) throws -> String {
        let clock = MutableTimeSource(TestFixtures.fixedDate)
        clock.advance(minutes: -minutes)
        let tutor = try fixture.tutor
        return try SessionStore(database: fixture.database, time: clock)
            .start(userID: try XCTUnwrap(tutor.userID), secondFactorPending: false, clientAddress: "", replacing: nil).token
    }

    private func signRecent(_ fixture: ReportFixture, _ reportID: Int, token: String) throws {
        try SignReport(store: fixture.store)
            .sign(reportID: reportID, as: .tutor, confirmation: .recent(sessionToken: token), author: try fixture.tutor)
    }

    func testASignInNineMinutesAgoIsConfirmationEnough() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.shared)
        try signRecent(fixture, reportID, token: try session(fixture, startedMinutesAgo: 9))
        XCTAssertEqual(try fixture.load(reportID).signedRoles, [.tutor])
    }

    func testAfterTenMinutesThePasswordIsAskedAgain() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.shared)
        let token = try session(fixture, startedMinutesAgo: 11)
        XCTAssertThrowsError(try signRecent(fixture, reportID, token: token)) { XCTAssertEqual($0 as? ReportRefusal, .confirmationNeeded) }
        try SignReport(store: fixture.store)
            .sign(reportID: reportID, as: .tutor, confirmation: .password(TestFixtures.demoPassword, sessionToken: token), author: try fixture.tutor)
        XCTAssertEqual(try fixture.load(reportID).signedRoles, [.tutor], "the password signs, and confirms for the next 10 minutes")
    }
}

/// Issue 9 item 7: those who sign in with an emailed code may sign with one instead of a password.
final class SigningWithAnEmailedCodeTests: XCTestCase {
    func testTheEmailedCodeSignsAndAWrongOneDoesNot() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.shared)
        let tutor = try fixture.tutor
        try fixture.database.write { try $0.run("UPDATE users SET second_factor_enabled = 1 WHERE id = ?", [tutor.userID]) }
        XCTAssertTrue(try SendSignInCode(store: fixture.store).send(userID: try XCTUnwrap(tutor.userID), author: tutor))
        let body = try XCTUnwrap(try SignInFixtures.outbox(fixture.database).last { $0.subject == "Your Induct sign-in code" }?.body)
        let code = try XCTUnwrap(body.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .first { $0.count == 6 && $0.allSatisfy(\.isNumber) })
        let sign = SignReport(store: fixture.store)
        XCTAssertThrowsError(try sign.sign(reportID: reportID, as: .tutor, confirmation: .emailedCode("000000", sessionToken: nil), author: tutor)) {
            XCTAssertEqual($0 as? ReportRefusal, .wrongConfirmation)
        }
        try sign.sign(reportID: reportID, as: .tutor, confirmation: .emailedCode(code, sessionToken: nil), author: tutor)
        XCTAssertEqual(try fixture.load(reportID).signedRoles, [.tutor])
    }
}

/// SG 2.62–2.63: an interim assessment's header gives the terms served, the days absent since the
/// last formal assessment, the leaving date and the next school, all from the record.
final class InterimAssessmentHeaderTests: XCTestCase {
    func testTheHeaderFillsItselfFromTheRecord() throws {
        let fixture = try ReportFixture()
        let priya = try fixture.priya
        let sickness = try XCTUnwrap(Absence(start: CalendarDate(iso: "2026-03-02")!, end: CalendarDate(iso: "2026-03-04")!, days: 3,
                                             category: .sickness, ectChoosesToExtend: false))
        try RecordAbsence(store: fixture.store).record(sickness, ectID: priya, author: try fixture.head)
        try RecordLeaving(store: fixture.store).record(leaving: CalendarDate(iso: "2026-10-23")!, nextSchool: "Holme Moss Academy",
                                                       ectID: priya, author: try fixture.head)
        let item = try XCTUnwrap(try fixture.database.read { c in
            try TermCalendar.compute(try XCTUnwrap(try ECTRecordLoader().load(ectID: priya, c)).calendarInput).dueItems
                .first { $0.kind == .interimAssessment }
        })
        let id = try StartReport(store: fixture.store).start(ectID: priya, kind: .interimAssessment, termNumber: item.forTermNumber,
                                                            author: try fixture.tutor)
        let page = try XCTUnwrap(try fixture.store.reader.reportPage(id: id, viewerUserID: try fixture.tutor.userID, sessionToken: nil,
                                                                     today: TestFixtures.fixedTime.today, now: TestFixtures.fixedDate))
        XCTAssertEqual(page.header.daysAbsentSinceLastAssessment, 3)
        XCTAssertEqual(page.header.periodEnd?.iso, "2026-10-23")
        XCTAssertEqual(page.header.nextSchool, "Holme Moss Academy")
        XCTAssertNotNil(page.header.termsServed)
        XCTAssertEqual(SignerRole.required(for: .interimAssessment), [.tutor, .headteacher, .ect])
    }
}

/// Issue 9 item 7: the evidence is sealed with the text, so attaching a file after a signature
/// clears it, as any edit does.
final class EvidenceSealTests: XCTestCase {
    func testAttachingEvidenceAfterASignatureClearsIt() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.awaitingSignatures)
        let before = try fixture.load(reportID)
        XCTAssertEqual(before.signedRoles, [.tutor, .ect])
        let pdf = Array("%PDF-1.4\n% observation\n%%EOF\n".utf8)
        _ = try AttachEvidence(store: fixture.store).attach(reportID: reportID, fileName: "notes.pdf", bytes: pdf, author: try fixture.tutor)
        let after = try fixture.load(reportID)
        XCTAssertEqual(after.state, .shared)
        XCTAssertEqual(after.liveSignatures, [])
        XCTAssertEqual(after.version, before.version + 1)
        XCTAssertNotEqual(after.sealHash, before.sealHash, "the seal covers the evidence")
        try fixture.sign(reportID, .tutor, try fixture.tutor)
        try fixture.sign(reportID, .ect, try fixture.ect)
        XCTAssertTrue(try fixture.load(reportID).signaturesHold)
    }
}

/// Issue 10 item 2: the AB returns a report with common reasons, its own words and comments per part.
final class ReturnFormTests: XCTestCase {
    func testReasonsWordsAndCommentsBecomeTheSchoolsText() throws {
        let text = try ReturnForm(reasons: ["targets", "ect-comment"], values: ["details": "See below.", "comment-targets": "Make target 1 measurable."])
            .validate().get()
        XCTAssertEqual(text, """
            • Targets are too broad or not measurable
            • No comment from the ECT

            See below.

            The targets: Make target 1 measurable.
            """)
    }

    func testSomethingMustBeGiven() {
        XCTAssertEqual(ReturnForm(values: ["comment-targets": "Only a comment"]).validate(),
                       .failure(ValidationErrors(["reasons": "Choose a reason for returning the report, or give your own"])))
        XCTAssertNotNil(try? ReturnForm(values: ["details": "Words of our own"]).validate().get())
        XCTAssertEqual(ReturnForm(reasons: ["evidence"], values: ["details": String(repeating: "x", count: 2000)]).validate(),
                       .failure(ValidationErrors(["details": "The reasons and comments must be 2,000 characters or fewer in all"])))
    }
}
