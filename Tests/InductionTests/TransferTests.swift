import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 11 item 8: an exported ECT imported into a second, empty database keeps its terms served,
/// its report texts and signatures that verify; a changed document is refused.
final class TransferTests: XCTestCase {
    let today = TestFixtures.makeDate("2026-11-25")
    let receivingStart = TestFixtures.makeDate("2027-01-04")

    func testPriyasSignedReviewArrivesWithTheSameTermsAndTextAndVerifies() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.submitted)
        let export = try exportDocument(fixture.database, ectID: try fixture.priya)
        XCTAssertEqual(export.ect.trn, "3012458")
        XCTAssertEqual(export.appropriateBody, try fixture.database.read { try InductionDirectory().appropriateBodyName($0) })
        let source = try fixture.load(reportID)
        let exported = try XCTUnwrap(export.reports.first { $0.id == reportID })
        XCTAssertEqual(exported.sealHash, source.sealHash)
        XCTAssertEqual(exported.liveSignatures.count, 2)

        let (receiving, ectID) = try importIntoEmptyDatabase(export)
        let record = try XCTUnwrap(try receiving.reader.ectRecord(id: ectID))
        XCTAssertEqual(record.termsServedElsewhere, export.termsServed)
        XCTAssertGreaterThan(export.termsServed.thousandths, 0)
        XCTAssertEqual(record.previousAppropriateBody, export.appropriateBody)
        let imported = try XCTUnwrap(try receiving.reader.importedRecords(ectID: ectID).first)
        let report = try XCTUnwrap(imported.reports.first { $0.id == reportID })
        XCTAssertEqual(report.fields, source.content.fields.filter { !$0.value.isEmpty })
        XCTAssertEqual(report.fields["evidence"], ReportFixture.review["evidence"])
        XCTAssertEqual(report.liveSignatures.map(\.contentHash), source.liveSignatures.map(\.contentHash))
        XCTAssertTrue(report.liveSignatures.allSatisfy { $0.contentHash == report.recomputedSealHash })
        XCTAssertTrue(imported.signaturesVerified)
        let schoolName = try fixture.database.read { try $0.queryOne("SELECT s.name FROM schools s JOIN ects e ON e.school_id = s.id WHERE e.trn = '3012458'")?.string("name") }
        XCTAssertEqual(imported.periods.map(\.schoolName), [schoolName])
        XCTAssertEqual(imported.periods.reduce(0) { $0 + $1.termsServedThousandths } + export.ect.termsServedBeforeThousandths,
                       export.termsServedThousandths)
    }

    func testFatimasAcceptedFinalAssessmentVerifiesWithEveryTextAndThreeSignatures() throws {
        let database = try TestFixtures.makeDatabase()
        let reportID = try TestFixtures.makeAcceptedFinalAssessment(database)
        let fatima = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '3021784'") })
        let export = try exportDocument(database, ectID: fatima)
        let sourceFields = try database.read { try ReportRows.load(reportID, $0) }?.content.fields.filter { !$0.value.isEmpty }

        let (receiving, ectID) = try importIntoEmptyDatabase(export)
        let record = try XCTUnwrap(try receiving.reader.ectRecord(id: ectID))
        XCTAssertEqual(record.termsServedElsewhere, export.termsServed)
        let report = try XCTUnwrap(try receiving.reader.importedRecords(ectID: ectID).first?.reports.first { $0.id == reportID })
        XCTAssertEqual(report.state, "accepted")
        XCTAssertEqual(report.fields, sourceFields)
        XCTAssertEqual(report.fields["recommendation"], "satisfactory")
        XCTAssertEqual(Set(report.liveSignatures.map(\.role)), ["tutor", "headteacher", "ect"])
        XCTAssertTrue(report.verifies)
    }

    func testADocumentWithOneFieldChangedIsRefusedAndNothingIsStored() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.submitted)
        var export = try exportDocument(fixture.database, ectID: try fixture.priya)
        let index = try XCTUnwrap(export.reports.firstIndex { $0.id == reportID })
        export.reports[index].fields["evidence"] = "Observed one lesson."
        let receiving = try emptyReceivingStore()
        XCTAssertThrowsError(try importDocument(try JSONEncoder().encode(export), into: receiving)) { error in
            guard case .signaturesDoNotMatch(let report, _) = error as? TransferRefusal else { return XCTFail("\(error)") }
            XCTAssertEqual(report, "progress review for term 1")
            XCTAssertTrue((error as? TransferRefusal)?.message.contains("changed since it was exported") == true)
        }
        XCTAssertEqual(try receiving.database.read { try $0.scalarInt("SELECT count(*) FROM ects") }, 0)
        XCTAssertEqual(try receiving.database.read { try $0.scalarInt("SELECT count(*) FROM imported_records") }, 0)
    }

    func testTheSameDocumentTwiceAndAWrongVersionAreRefused() throws {
        let database = try TestFixtures.makeDatabase()
        let priya = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '3012458'") })
        var export = try exportDocument(database, ectID: priya)
        let receiving = try emptyReceivingStore()
        let data = try JSONEncoder().encode(export)
        _ = try importDocument(data, into: receiving)
        XCTAssertThrowsError(try importDocument(data, into: receiving)) { XCTAssertEqual($0 as? TransferRefusal, .alreadyImported) }
        export.formatVersion = 2
        XCTAssertThrowsError(try importDocument(try JSONEncoder().encode(export), into: try emptyReceivingStore())) {
            XCTAssertEqual($0 as? TransferRefusal, .unsupportedVersion(2))
        }
        XCTAssertThrowsError(try importDocument(Data("{\"hello\": 1}".utf8), into: try emptyReceivingStore())) {
            XCTAssertEqual($0 as? TransferRefusal, .notAnExport)
        }
        export.formatVersion = 1
        export.periods[0].schoolURN = String(repeating: "9", count: 40)
        let tooLong = try emptyReceivingStore()
        XCTAssertThrowsError(try importDocument(try JSONEncoder().encode(export), into: tooLong)) {
            XCTAssertEqual($0 as? TransferRefusal, .invalid("a value is longer or larger than Induct stores"))
        }
        XCTAssertEqual(try tooLong.database.read { try $0.scalarInt("SELECT count(*) FROM ects") }, 0, "all or nothing")
    }

    func testImportedRowsRefuseUpdateAndDeleteAndTheImportIsAudited() throws {
        let fixture = try ReportFixture()
        _ = try fixture.report(.submitted)
        let (receiving, ectID) = try importIntoEmptyDatabase(try exportDocument(fixture.database, ectID: try fixture.priya))
        for sql in ["UPDATE imported_reports SET fields = '{}'", "DELETE FROM imported_report_signatures",
                    "UPDATE imported_records SET terms_served = 0", "DELETE FROM imported_periods"] {
            XCTAssertThrowsError(try receiving.database.write { try $0.run(sql) }, sql)
        }
        let events = try receiving.database.read {
            try $0.query("SELECT action FROM audit_events WHERE record_type = 'ect' AND record_id = ?", [ectID]).map { try $0.string("action") }
        }
        XCTAssertEqual(events, [AuditAction.ectTransferImported.rawValue])
    }

    func testTheImportWritesItsAuditEventInTheSameTransaction() throws {
        let fixture = try ReportFixture()
        _ = try fixture.report(.submitted)
        let data = try JSONEncoder().encode(try exportDocument(fixture.database, ectID: try fixture.priya))
        let receiving = try emptyReceivingStore()
        try AuditTransactionProbe(receiving.database).assertAtomic(
            ["ects", "imported_periods", "imported_records", "imported_report_signatures", "imported_reports",
             "induction_periods"]) { _ = try importDocument(data, into: receiving) }
    }

    // MARK: - Helpers

    private func exportDocument(_ database: Database, ectID: Int) throws -> ECTRecordExport {
        let data = try JSONEncoder().encode(try XCTUnwrap(
            try InductionReader(database: database).ectRecordExport(ectID: ectID, today: today, now: TestFixtures.fixedDate)))
        return try ECTRecordExport.verified(from: data)
    }

    private func emptyReceivingStore() throws -> InductionStore {
        let database = try TestFixtures.makeDatabase(seeded: false)
        try database.write { c in
            try c.run("INSERT INTO appropriate_bodies (name, created_at) VALUES ('Moorland Teaching School Hub', '2026-01-01T00:00:00Z')")
            try c.run("INSERT INTO schools (appropriate_body_id, urn, name, created_at) VALUES (1, '200001', 'Moorside Academy', '2026-01-01T00:00:00Z')")
        }
        return TestFixtures.makeStore(database)
    }

    private func importDocument(_ data: Data, into store: InductionStore) throws -> Int {
        let schoolID = try XCTUnwrap(try store.database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = '200001'") })
        return try ImportTransferredECT(store: store).importRecord(
            document: data, schoolID: schoolID, startDate: receivingStart, author: TestFixtures.makeAuthor(name: "Receiving officer", role: .abOfficer))
    }

    private func importIntoEmptyDatabase(_ export: ECTRecordExport) throws -> (InductionStore, Int) {
        let store = try emptyReceivingStore()
        return (store, try importDocument(try JSONEncoder().encode(export), into: store))
    }
}
