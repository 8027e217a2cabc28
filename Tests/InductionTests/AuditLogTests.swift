import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

final class AuditLogTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
        let events: [(String, String, String)] = [
            ("2026-11-23T23:59:59Z", "Alice Officer", "sign_in.succeeded"),
            ("2026-11-24T00:00:00Z", "Alice Officer", "sign_in.failed"),
            ("2026-11-24T12:00:00Z", "Bob Head", "role.granted"),
            ("2026-11-25T23:59:59Z", "100% Sure", "permission.denied"),
            ("2026-11-26T00:00:00Z", "a_b", "x.sign_in"),
        ]
        try database.write { c in
            for (at, actor, action) in events {
                try AuditEvent(author: Author(userID: nil, name: actor, role: nil, clientAddress: "192.0.2.1"), actionName: action,
                               recordType: "user", recordID: 7).record(in: c, at: at)
            }
        }
    }

    private func actions(_ filter: AuditFilter) throws -> [String] {
        try database.read { try AuditLog().entries(filter, $0) }.map(\.actionName)
    }

    private func total(_ filter: AuditFilter) throws -> Int {
        try database.read { try AuditLog().count(filter, $0) }
    }

    func testNewestFirstWithPaging() throws {
        XCTAssertEqual(try total(AuditFilter()), 6)
        XCTAssertEqual(try actions(AuditFilter(limit: 2)), ["x.sign_in", "permission.denied"])
        XCTAssertEqual(try actions(AuditFilter(limit: 2, offset: 2)), ["demo.seeded", "role.granted"])
        let first = try XCTUnwrap(try database.read { try AuditLog().entries(AuditFilter(limit: 1), $0) }.first)
        XCTAssertEqual(first.actor, "a_b")
        XCTAssertEqual(first.recordType, "user")
        XCTAssertEqual(first.recordID, 7)
        XCTAssertEqual(first.clientAddress, "192.0.2.1")
        XCTAssertNil(first.actorUserID)
    }

    func testFiltersByActionPrefix() throws {
        XCTAssertEqual(try actions(AuditFilter(action: "sign_in")), ["sign_in.failed", "sign_in.succeeded"])
        XCTAssertEqual(try total(AuditFilter(action: "sign_in")), 2)
        XCTAssertEqual(try actions(AuditFilter(action: "sign_in.f")), ["sign_in.failed"])
        XCTAssertEqual(try actions(AuditFilter(action: "")).count, 6, "empty means any")
    }

    func testFiltersByActorSubstringInAnyCase() throws {
        XCTAssertEqual(try actions(AuditFilter(actor: "ALICE")), ["sign_in.failed", "sign_in.succeeded"])
        XCTAssertEqual(try actions(AuditFilter(actor: "head")), ["role.granted"])
    }

    func testWildcardsInAFilterAreLiteral() throws {
        XCTAssertEqual(try actions(AuditFilter(actor: "%")), ["permission.denied"])
        XCTAssertEqual(try actions(AuditFilter(actor: "_")), ["x.sign_in"])
        XCTAssertEqual(try actions(AuditFilter(action: "%sign_in")), [])
        XCTAssertEqual(try actions(AuditFilter(action: "sign_in_")), [], "_ is not any one character")
        XCTAssertEqual(try actions(AuditFilter(actor: "\\")), [])
    }

    func testFiltersByInclusiveDateRange() throws {
        XCTAssertEqual(try actions(AuditFilter(from: "2026-11-24", to: "2026-11-25")),
                       ["permission.denied", "demo.seeded", "role.granted", "sign_in.failed"])
        XCTAssertEqual(try actions(AuditFilter(from: "2026-11-26")), ["x.sign_in"])
        XCTAssertEqual(try actions(AuditFilter(to: "2026-11-23")), ["sign_in.succeeded"])
        XCTAssertEqual(try actions(AuditFilter(action: "sign_in", from: "2026-11-24", to: "2026-11-24")), ["sign_in.failed"])
        XCTAssertEqual(try actions(AuditFilter(from: "2026-02-30")), [], "an impossible date matches nothing")
        XCTAssertEqual(AuditFilter(from: "2026-02-30").validate().messages.keys.sorted(), ["from"])
        XCTAssertEqual(AuditFilter(from: "2026-11-25", to: "2026-11-24").validate().messages.keys.sorted(), ["to"])
        XCTAssertEqual(AuditFilter(from: "2026-11-24", to: "2026-11-24").validate().messages, [:])
    }

    func testFiltersByRecord() throws {
        XCTAssertEqual(try total(AuditFilter(recordType: "user", recordID: 7)), 5)
        XCTAssertEqual(try total(AuditFilter(recordType: "appropriate_body")), 1)
    }

    func testRecordWritesADenialInItsOwnTransaction() throws {
        try RecordRefusal(store: InductionStore(database: database, time: time))
            .record(AuditEvent(author: Author(userID: nil, name: "Eve Mentor", role: nil, clientAddress: "192.0.2.9"),
                               action: .permissionDenied, recordType: "route", detail: "GET /admin/outbox"))
        let entry = try XCTUnwrap(try database.read { try AuditLog().entries(AuditFilter(actor: "Eve"), $0) }.first)
        XCTAssertEqual(entry.occurredAt, "2026-11-25T10:00:00Z")
        XCTAssertEqual(entry.detail, "GET /admin/outbox")
        XCTAssertEqual(entry.clientAddress, "192.0.2.9")
    }
}
