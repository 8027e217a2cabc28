import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8: each change to an ECT's record writes its audit event in the change's own transaction,
/// so an audit that fails leaves the record as it was.
final class RecordsAuditTransactionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private let author = TestFixtures.makeAuthor(name: "Officer")

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    func testRecordingAnAdjustmentIsUndoneWhenItsAuditFails() throws {
        guard case .success(let extension_) = AdjustmentForm(values: ["kind": "extension", "terms": "1.5", "reason": "More time"])
            .validate(carriedOver: .zero) else { return XCTFail("a valid extension") }
        try AuditTransactionProbe(database).assertAtomic(["induction_adjustments"]) {
            try RecordAdjustment(store: store).record(extension_, ectID: 1, author: author)
        }
    }

    func testChangingTheWorkingPatternIsUndoneWhenItsAuditFails() throws {
        let change = FTEChange(effective: CalendarDate(iso: "2027-01-06")!, fte: try XCTUnwrap(FTE(percent: 50)))
        try AuditTransactionProbe(database).assertAtomic(["fte_changes"]) {
            try ChangeWorkingPattern(store: store).change(change, ectID: 1, author: author)
        }
    }

    func testChangingTheProgrammeIsUndoneWhenItsAuditFails() throws {
        let current = try XCTUnwrap(try database.read { try $0.queryOne("SELECT training_programme FROM ects WHERE id = 1") })
        let other = try current.string("training_programme") == "provider-led" ? TrainingProgramme.schoolLed : .providerLed
        try AuditTransactionProbe(database).assertAtomic(["ects"]) { try ChangeProgramme(store: store).change(to: other, ectID: 1, author: author) }
    }

    func testRecordingLeavingIsUndoneWhenItsAuditFails() throws {
        try AuditTransactionProbe(database).assertAtomic(["induction_periods"]) {
            try RecordLeaving(store: store).record(leaving: CalendarDate(iso: "2026-10-30")!, nextSchool: "", ectID: 1, author: author)
        }
    }
}
