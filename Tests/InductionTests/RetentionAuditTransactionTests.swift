import InductDomainTestSupport
import Induction
import XCTest

/// The removal and its `retention.applied` event commit together or not at all.
final class RetentionAuditTransactionTests: XCTestCase {
    func testRemovalAndItsAuditEventShareOneTransaction() throws {
        let fixture = try RetentionFixture()
        let expected = [
            "absences", "dfe_export_files", "dfe_export_rows", "ect_concerns", "ect_representations", "ects",
            "evidence_blobs", "evidence_files", "fte_changes", "imported_absences", "imported_periods", "imported_records",
            "imported_report_signatures", "imported_reports", "induction_adjustments", "induction_decisions", "induction_periods",
            "lesson_observations", "mentor_meetings", "notifications", "one_time_tokens", "outbox_messages", "report_changes",
            "report_fields", "report_reminders", "report_signatures", "report_views", "reports", "role_grants", "staff_assignments",
            "unmatched_staff_names", "users",
        ]
        try AuditTransactionProbe(fixture.database).assertAtomic(expected) {
            try ApplyRetention(store: fixture.store).remove(ectID: RetentionFixture.jack, author: .system("induct retention"))
        }
    }
}
