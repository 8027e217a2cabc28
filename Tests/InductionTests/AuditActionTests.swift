import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

final class AuditActionTests: XCTestCase {
    func testRawValuesAreTheStoredStringsAndDistinct() {
        let raw = AuditAction.allCases.map(\.rawValue)
        XCTAssertEqual(Set(raw).count, raw.count)
        XCTAssertEqual(AuditAction.ectRegistered.rawValue, "ect.registered")
        XCTAssertEqual(AuditAction.signedOut.rawValue, "signed_out")
        XCTAssertEqual(AuditAction.staffChanged(.tutor).rawValue, "ect.tutor_changed")
        XCTAssertEqual(AuditAction.staffChanged(.mentor).rawValue, "ect.mentor_changed")
        XCTAssertTrue(AuditAction.allCases.allSatisfy { !$0.label.isEmpty && $0.label != $0.rawValue })
    }

    func testAStoredActionReadsBackWithItsLabel() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        try RecordRefusal(store: TestFixtures.makeStore(database))
            .record(AuditEvent(author: TestFixtures.makeAuthor(name: "Lead"), action: .absenceThresholdReached, recordType: "ect", recordID: 3))
        let entry = try XCTUnwrap(try database.read { try AuditLog().entries(AuditFilter(actor: "Lead"), $0) }.first)
        XCTAssertEqual(entry.action, .absenceThresholdReached)
        XCTAssertEqual(entry.actionName, "absence.threshold_reached")
        XCTAssertEqual(entry.actionLabel, "30 days’ absence reached")
        XCTAssertNotNil(entry.id)
    }

    func testAnUnknownStoredActionStillReadsAndShowsItsText() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        try database.write { c in
            try c.run("""
                INSERT INTO audit_events (occurred_at, actor, action, record_type, detail, client_address)
                VALUES ('2026-11-25T10:00:00Z', 'Old build', 'legacy.thing_done', 'ect', '', '')
                """)
        }
        let entry = try XCTUnwrap(try database.read { try AuditLog().entries(AuditFilter(actor: "Old"), $0) }.first)
        XCTAssertNil(entry.action)
        XCTAssertEqual(entry.actionName, "legacy.thing_done")
        XCTAssertEqual(entry.actionLabel, "legacy.thing_done")
    }
}
