import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8's shape for issue 9's verbs: each report step writes its audit event in its own
/// transaction. Refused, nothing moves; allowed, exactly these tables change.
final class ReportsAuditTransactionTests: XCTestCase {
    private var fixture: ReportFixture!
    private var probe: AuditTransactionProbe { AuditTransactionProbe(fixture.database) }

    override func setUpWithError() throws {
        fixture = try ReportFixture()
    }

    func testStartingAReport() throws {
        try probe.assertAtomic(["reports"]) {
            _ = try StartReport(store: fixture.store).start(ectID: try fixture.priya, kind: .progressReview, termNumber: 1,
                                                           author: try fixture.tutor)
        }
    }

    func testSavingAReport() throws {
        let reportID = try fixture.report()
        try probe.assertAtomic(["report_changes", "report_fields", "reports"]) {
            try SaveReport(store: fixture.store).save(reportID: reportID, fields: ReportFixture.review, basedOn: 1, author: try fixture.tutor)
        }
    }

    func testSharingAndCommenting() throws {
        let reportID = try fixture.report()
        try SaveReport(store: fixture.store).save(reportID: reportID, fields: ReportFixture.review, basedOn: 1, author: try fixture.tutor)
        try probe.assertAtomic(["notifications", "outbox_messages", "reports"]) {
            try ShareReport(store: fixture.store).share(reportID: reportID, author: try fixture.tutor)
        }
        try probe.assertAtomic(["report_changes", "report_fields", "reports"]) {
            try CommentOnReport(store: fixture.store).comment(reportID: reportID, comments: "Thank you.", basedOn: 2, author: try fixture.ect)
        }
    }

    func testSigningAndSubmitting() throws {
        let reportID = try fixture.report(.shared)
        try fixture.sign(reportID, .ect, try fixture.ect)
        // Already awaiting signatures (the ECT signed first), so the report row itself stays as it was.
        try probe.assertAtomic(["notifications", "outbox_messages", "report_signatures"]) { try fixture.sign(reportID, .tutor, try fixture.tutor) }
        try probe.assertAtomic(["notifications", "outbox_messages", "reports"]) {
            try SubmitReport(store: fixture.store).submit(reportID: reportID, author: try fixture.tutor)
        }
    }

    func testReturning() throws {
        let reportID = try fixture.report(.submitted)
        try probe.assertAtomic(["notifications", "outbox_messages", "reports"]) {
            try ReturnReport(store: fixture.store)
                .returnForAmendment(reportID: reportID, reasons: "Add the ECT's comments.", author: try fixture.officer)
        }
    }

    func testAccepting() throws {
        let reportID = try fixture.report(.submitted)
        try probe.assertAtomic(["notifications", "outbox_messages", "reports"]) {
            try AcceptReport(store: fixture.store).accept(reportID: reportID, author: try fixture.officer)
        }
    }
}
