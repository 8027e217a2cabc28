import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8: each identity verb writes its audit event in the change's own transaction, so an audit
/// that fails leaves the account as it was.
final class IdentityAuditTransactionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
    }

    private func anyUserID() throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt("SELECT min(id) FROM users WHERE second_factor_enabled = 0") })
    }

    func testSettingTheSecondFactorIsUndoneWhenItsAuditFails() throws {
        let userID = try anyUserID()
        let author = TestFixtures.makeAuthor(userID: userID)
        let probe = try AuditTransactionProbe(database).run {
            try SetSecondFactor(store: store).set(userID: userID, enabled: true, author: author)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
    }
}
