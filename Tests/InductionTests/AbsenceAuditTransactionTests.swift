import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8: recording, correcting and deleting an absence each write their audit event in the
/// change's own transaction, so an audit that fails leaves the absence as it was.
final class AbsenceAuditTransactionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private let author = TestFixtures.makeAuthor()

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func sickness(_ start: String, _ end: String, days: Int) throws -> Absence {
        try XCTUnwrap(Absence(start: CalendarDate(iso: start)!, end: CalendarDate(iso: end)!, days: days, category: .sickness,
                              ectChoosesToExtend: false))
    }

    private func recordedID() throws -> Int {
        try RecordAbsence(store: store).record(try sickness("2026-10-05", "2026-10-09", days: 5), ectID: 1, author: author)
        return try XCTUnwrap(try database.read { try $0.scalarInt("SELECT max(id) FROM absences") })
    }

    func testRecordingAnAbsenceIsUndoneWhenItsAuditFails() throws {
        let absence = try sickness("2026-10-05", "2026-10-09", days: 5)
        try AuditTransactionProbe(database).assertAtomic(["absences"]) { try RecordAbsence(store: store).record(absence, ectID: 1, author: author) }
    }

    func testCorrectingAnAbsenceIsUndoneWhenItsAuditFails() throws {
        let id = try recordedID()
        let corrected = try sickness("2026-10-05", "2026-10-07", days: 3)
        try AuditTransactionProbe(database).assertAtomic(["absences"]) {
            try CorrectAbsence(store: store).correct(absenceID: id, to: corrected, ectID: 1, author: author)
        }
    }

    func testDeletingAnAbsenceIsUndoneWhenItsAuditFails() throws {
        let id = try recordedID()
        try AuditTransactionProbe(database).assertAtomic(["absences"]) { try DeleteAbsence(store: store).delete(absenceID: id, ectID: 1, author: author) }
    }

    func testTheAuditEventCarriesTheWholeAuthor() throws {
        let head = TestFixtures.makeAuthor(name: "Jane Head", role: .headteacher, clientAddress: "198.51.100.7")
        try RecordAbsence(store: store).record(try sickness("2026-10-05", "2026-10-09", days: 5), ectID: 1, author: head)
        let row = try XCTUnwrap(try database.read {
            try $0.queryOne("SELECT actor, actor_role, client_address FROM audit_events WHERE action = 'absence.recorded'")
        })
        XCTAssertEqual([try row.string("actor"), try row.string("actor_role"), try row.string("client_address")],
                       ["Jane Head", "headteacher", "198.51.100.7"])
    }
}

/// The probe itself: a change that commits before it audits is caught.
final class AuditTransactionProbeTests: XCTestCase {
    func testAChangeThatAuditsInASecondTransactionIsCaught() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let probe = try AuditTransactionProbe(database).run {
            try database.write { try $0.run("UPDATE ects SET first_name = 'Changed' WHERE id = 1") }
            try RecordRefusal(store: TestFixtures.makeStore(database))
                .record(AuditEvent(author: TestFixtures.makeAuthor(), action: .absenceRecorded, recordType: "ect"))
        }
        XCTAssertNotNil(probe.error, "the audit insert was refused")
        XCTAssertEqual(probe.changedTables, ["ects"])
    }
}
