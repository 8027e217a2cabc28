import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8's shape for the DfE returns' verbs: refused audit, nothing moves; allowed, these tables change.
final class DfEReturnsAuditTransactionTests: XCTestCase {
    func testExportingAReturn() throws {
        let fixture = try DfEReturnsFixture()
        try fixture.ect(trn: "1234567")
        try AuditTransactionProbe(fixture.database).assertAtomic(["dfe_export_files", "dfe_export_rows", "dfe_exports"]) {
            _ = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        }
    }

    func testImportingTheDfEsErrors() throws {
        let fixture = try DfEReturnsFixture()
        try fixture.ect(trn: "1234567", start: "2024-09-02", end: "2025-07-18", terms: 3_000)
        _ = try ExportDfEReturn(store: fixture.store).export(.outcomes, author: fixture.author)
        let errors = "TRN,Date of birth,Induction period end date,Number of terms,Outcome,Error message\r\n"
            + "1234567,1998-04-02,2025-07-18,3,release,No induction period found\r\n"
        try AuditTransactionProbe(fixture.database).assertAtomic(["dfe_export_rows"]) {
            _ = try ImportDfEErrors(store: fixture.store).importErrors(csv: errors, author: fixture.author)
        }
        let audit = try fixture.database.read { try $0.query("SELECT action FROM audit_events ORDER BY id").map { try $0.string("action") } }
        XCTAssertEqual(audit, ["dfe_return.exported", "dfe_return.errors_imported"])
    }
}
