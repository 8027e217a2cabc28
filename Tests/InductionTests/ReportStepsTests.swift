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
