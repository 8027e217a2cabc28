import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 10 item 3: the appropriate body's decision on the headteacher's recommendation (SG 2.67),
/// the ECT's representations and the notices (SG 2.69), with their clocks.
final class DecisionTests: XCTestCase {
    private var f: DecisionFixture!

    override func setUpWithError() throws { f = try DecisionFixture() }

    private func pass(on day: String = "2026-11-27") -> InductionOutcomeEntry {
        InductionOutcomeEntry(outcome: .pass, decidedOn: DecisionFixture.d(day))
    }

    func testRefusedUntilTheFinalAssessmentIsAccepted() throws {
        XCTAssertEqual(f.refusal { try f.record(pass(on: "2026-11-25")) }, .finalAssessmentNotAccepted, "no final assessment yet")
        let reportID = try f.finalAssessment(.submitted)
        XCTAssertEqual(f.refusal { try f.record(pass(on: "2026-11-25")) }, .finalAssessmentNotAccepted, "submitted, not accepted")
        XCTAssertEqual(try f.store.reader.decisionsDue(today: f.today).map(\.ectID), [], "not due until accepted")
        XCTAssertEqual(try f.status().finalReportState, .submitted, "the recommendation has reached the AB")
        try AcceptReport(store: f.store).accept(reportID: reportID, author: try f.officer)
        XCTAssertEqual(try f.store.reader.decisionsDue(today: f.today).map(\.ectID), [try f.fatima])
    }

    func testAPassIsRecordedAndTheECTAndHeadteacherAreEmailed() throws {
        try f.finalAssessment()
        f.advance(days: 2)
        let due = try XCTUnwrap(try f.store.reader.decisionsDue(today: f.today).first)
        XCTAssertEqual(due.recommendation, "satisfactory")
        XCTAssertEqual(due.recommendationReceivedOn.iso, "2026-11-25")
        XCTAssertEqual(due.clock(.decision)?.dueOn.iso, "2026-12-23", "20 working days after receipt (SG 2.67)")
        XCTAssertEqual(due.clock(.representations)?.dueOn.iso, "2026-12-09")
        XCTAssertFalse(due.isLate)
        XCTAssertEqual(try f.store.reader.decisionsDue(today: DecisionFixture.d("2026-12-24")).first?.lateClocks.map(\.kind),
                       [.representations, .decision], "late when nothing is in after the due dates")

        try f.record(pass())
        XCTAssertEqual(try f.store.reader.decisionsDue(today: f.today).map(\.ectID), [])
        let status = try f.status()
        XCTAssertEqual(status.decision?.outcome, .pass)
        XCTAssertEqual(status.decision?.decidedOn.iso, "2026-11-27")
        XCTAssertEqual(status.clocks.map(\.kind), [.recommendation, .representations, .decision, .notices], "a pass: no TRA notice, no appeal")
        XCTAssertEqual(status.clock(.notices)?.dueOn.iso, "2026-12-02", "3 working days (SG 2.69)")
        let mail = try f.database.read { try $0.query("SELECT recipient, subject FROM outbox_messages WHERE subject LIKE 'The outcome%' ORDER BY recipient") }
        XCTAssertEqual(try mail.map { try $0.string("recipient") },
                       ["fatima.begum@138204.schools.example", "headteacher@138204.schools.example"])
        let audit = try f.database.read { try $0.queryOne("SELECT detail FROM audit_events WHERE action = 'induction.outcome_recorded'") }
        XCTAssertEqual(try audit?.string("detail"), "Passed; decided on 27 November 2026")
        XCTAssertEqual(f.refusal { try f.record(pass()) }, .alreadyDecided)
    }

    func testTheDecisionDateIsCheckedAgainstTheRecommendationAndToday() throws {
        try f.finalAssessment()
        XCTAssertEqual(f.refusal { try f.record(pass(on: "2026-11-24")) }, .decidedBeforeRecommendation)
        XCTAssertEqual(f.refusal { try f.record(pass(on: "2026-11-26")) }, .dateInTheFuture)
    }

    func testAFailNeedsTheDayTheECTWasToldInWriting() throws {
        try f.finalAssessment(recommendation: "unsatisfactory")
        f.advance(days: 5)
        let fail = InductionOutcomeEntry(outcome: .fail, decidedOn: DecisionFixture.d("2026-11-27"))
        XCTAssertEqual(f.refusal { try f.record(fail) }, .toldInWritingNeeded)
        XCTAssertEqual(DecisionRefusal.toldInWritingNeeded.message, "Enter the date the ECT was told of the fail in writing")
        var told = fail
        told.ectToldInWritingOn = DecisionFixture.d("2026-11-26")
        XCTAssertEqual(f.refusal { try f.record(told) }, .toldBeforeDeciding)
        told.ectToldInWritingOn = DecisionFixture.d("2026-11-30")
        try f.record(told)
        let status = try f.status()
        XCTAssertEqual(status.decision?.ectToldInWritingOn?.iso, "2026-11-30")
        XCTAssertEqual(status.clock(.teachingRegulationAgency)?.dueOn.iso, "2026-12-02")
        XCTAssertEqual(status.clock(.appeal)?.dueOn.iso, "2026-12-30", "20 working days from being told, over Christmas (SG 2.70)")
        XCTAssertEqual(status.lateClocks.map(\.kind), [], "nothing is late on Mon 30 Nov")
        XCTAssertThrowsError(try f.database.write { try $0.run("UPDATE induction_decisions SET ect_told_in_writing_on = NULL") },
                             "the schema keeps the told-in-writing date on a fail")
    }

    func testAnExtensionsTermsAreCheckedAndTheCalendarGrows() throws {
        try f.finalAssessment(recommendation: "extension")
        let decided = DecisionFixture.d("2026-11-25")
        func extend(_ terms: TermsServed?) -> InductionOutcomeEntry {
            InductionOutcomeEntry(outcome: .extension, extensionTerms: terms, decidedOn: decided)
        }
        XCTAssertEqual(f.refusal { try f.record(extend(nil)) }, .extensionTermsNeeded)
        for terms in [TermsServed.zero, TermsServed(tenths: 161), TermsServed(thousandths: 1250)] {
            XCTAssertEqual(f.refusal { try f.record(extend(terms)) }, .extensionTermsInvalid, "\(terms.thousandths) thousandths")
        }
        XCTAssertEqual(f.refusal { try f.record(InductionOutcomeEntry(outcome: .pass, extensionTerms: TermsServed(tenths: 10),
                                                                      decidedOn: decided)) }, .termsOnlyForAnExtension)
        let before = try f.requiredTerms()
        try f.record(extend(TermsServed(oneDecimal: "1.5")))
        XCTAssertEqual(try f.requiredTerms(), before + TermsServed(tenths: 15), "the extension runs the calendar on (SG 3.8–3.10)")
        let status = try f.status()
        XCTAssertEqual(status.decision?.extensionTerms, TermsServed(tenths: 15))
        XCTAssertEqual(status.clocks.map(\.kind), [.recommendation, .representations, .decision, .notices, .teachingRegulationAgency])
        let actions = try f.database.read { try $0.query("SELECT action FROM audit_events WHERE action LIKE 'induction.%' ORDER BY id") }
        XCTAssertEqual(try actions.map { try $0.string("action") }, ["induction.extended", "induction.outcome_recorded"])
    }

    func testTheSchemaKeepsTermsToExtensionsAndSummariesShort() throws {
        try f.finalAssessment()
        try f.record(pass(on: "2026-11-25"))
        XCTAssertThrowsError(try f.database.write { try $0.run("UPDATE induction_decisions SET extension_terms_tenths = 10") },
                             "a pass has no extension length")
        XCTAssertThrowsError(try f.database.write { try $0.run("UPDATE induction_decisions SET outcome = 'extension', extension_terms_tenths = 161") },
                             "at most 16 terms")
        XCTAssertThrowsError(try f.database.write { try $0.run("UPDATE induction_decisions SET tra_told_on = decided_on") },
                             "the TRA is not told of a pass by notice")
        XCTAssertThrowsError(try f.database.write {
            try $0.run("INSERT INTO ect_representations (ect_id, received_on, summary, recorded_at) VALUES (?, '2026-11-25', ?, 'now')",
                       [try f.fatima, String(repeating: "a", count: 5001)])
        }, "a summary is at most 5,000 characters")
    }

    func testTheLargestExtensionIsSixteenTerms() throws {
        try f.finalAssessment(recommendation: "extension")
        try f.record(InductionOutcomeEntry(outcome: .extension, extensionTerms: TermsServed(terms: 16), decidedOn: DecisionFixture.d("2026-11-25")))
        XCTAssertEqual(try f.status().decision?.extensionTerms, TermsServed(terms: 16))
    }

    func testRepresentationsAreRecordedAndMeetTheirClock() throws {
        let record = RecordRepresentations(store: f.store)
        let received = DecisionFixture.d("2026-11-25")
        XCTAssertEqual(f.refusal { try record.record(receivedOn: received, summary: "I disagree.", ectID: try f.fatima, author: try f.officer) },
                       .noRecommendationYet)
        try f.finalAssessment(.submitted, recommendation: "unsatisfactory")
        XCTAssertEqual(f.refusal { try record.record(receivedOn: received, summary: "  ", ectID: try f.fatima, author: try f.officer) },
                       .summaryNeeded)
        XCTAssertEqual(f.refusal { try record.record(receivedOn: received, summary: String(repeating: "a", count: 5001),
                                                     ectID: try f.fatima, author: try f.officer) }, .summaryTooLong)
        XCTAssertEqual(f.refusal { try record.record(receivedOn: DecisionFixture.d("2026-11-26"), summary: "Later",
                                                     ectID: try f.fatima, author: try f.officer) }, .dateInTheFuture)
        try record.record(receivedOn: received, summary: "My absence in spring was not taken into account.", ectID: try f.fatima,
                          author: try f.officer)
        let status = try f.status()
        XCTAssertEqual(status.representations.map(\.summary), ["My absence in spring was not taken into account."])
        XCTAssertEqual(status.clock(.representations)?.metOn?.iso, "2026-11-25")
        XCTAssertEqual(try f.store.reader.decision(ectID: try f.fatima, today: DecisionFixture.d("2027-01-04"))?.lateClocks.map(\.kind),
                       [.decision], "representations in on time; the decision is not")
    }

    func testNoticesAreRecordedAfterTheDecision() throws {
        let notices = RecordNoticesSent(store: f.store)
        try f.finalAssessment()
        XCTAssertEqual(f.refusal { try notices.record(sentOn: f.today, ectID: try f.fatima, author: try f.officer) }, .noDecisionYet)
        try f.record(pass(on: "2026-11-25"))
        f.advance(days: 6)
        XCTAssertEqual(f.refusal { try notices.record(sentOn: f.today, teachingRegulationAgencyToldOn: f.today, ectID: try f.fatima,
                                                      author: try f.officer) }, .teachingRegulationAgencyOnlyForFailOrExtension)
        XCTAssertEqual(f.refusal { try notices.record(sentOn: DecisionFixture.d("2026-11-24"), ectID: try f.fatima, author: try f.officer) },
                       .noticesBeforeDeciding)
        try notices.record(sentOn: DecisionFixture.d("2026-12-01"), ectID: try f.fatima, author: try f.officer)
        let clock = try XCTUnwrap(try f.status().clock(.notices))
        XCTAssertEqual(clock.dueOn.iso, "2026-11-30")
        XCTAssertTrue(clock.isLate(today: f.today), "sent on Tue 1 Dec, due Mon 30 Nov")
    }
}

/// Issue 8's shape for the decision verbs: refused audit, nothing moves; allowed, these tables change.
final class DecisionsAuditTransactionTests: XCTestCase {
    private var f: DecisionFixture!
    private var probe: AuditTransactionProbe { AuditTransactionProbe(f.database) }

    override func setUpWithError() throws { f = try DecisionFixture() }

    func testRecordingAPass() throws {
        try f.finalAssessment()
        try probe.assertAtomic(["induction_decisions", "notifications", "outbox_messages"]) {
            try f.record(InductionOutcomeEntry(outcome: .pass, decidedOn: f.today))
        }
    }

    func testRecordingAnExtension() throws {
        try f.finalAssessment(recommendation: "extension")
        try probe.assertAtomic(["induction_adjustments", "induction_decisions", "notifications", "outbox_messages"]) {
            try f.record(InductionOutcomeEntry(outcome: .extension, extensionTerms: TermsServed(tenths: 20), decidedOn: f.today))
        }
    }

    func testRecordingRepresentations() throws {
        try f.finalAssessment()
        try probe.assertAtomic(["ect_representations"]) {
            try RecordRepresentations(store: f.store).record(receivedOn: f.today, summary: "I accept the recommendation.",
                                                             ectID: try f.fatima, author: try f.officer)
        }
    }

    func testRecordingNotices() throws {
        try f.finalAssessment(recommendation: "unsatisfactory")
        try f.record(InductionOutcomeEntry(outcome: .fail, decidedOn: f.today, ectToldInWritingOn: f.today))
        try probe.assertAtomic(["induction_decisions"]) {
            try RecordNoticesSent(store: f.store).record(sentOn: f.today, teachingRegulationAgencyToldOn: f.today, ectID: try f.fatima,
                                                         author: try f.officer)
        }
    }
}
