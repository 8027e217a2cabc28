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

    private let anonymous = Author(userID: nil, name: "anonymous", role: nil, clientAddress: "192.0.2.1")
    private let newPassword = "plum kettle orbit sandal"

    private func link(_ purpose: OneTimeTokenPurpose, for userID: Int) throws -> String {
        try database.write { try OneTimeTokens().issue(for: userID, purpose: purpose, validFor: 3600, now: store.time.now(), in: $0) }
    }

    func testAcceptingAnInvitationIsUndoneWhenItsAuditFails() throws {
        let userID = try SignInFixtures.makeUser(database, email: "invited@example.org", hash: nil)
        let token = try link(.invitation, for: userID)
        let probe = try AuditTransactionProbe(database).run {
            _ = try SetPasswordFromLink(store: store).set(token: token, purpose: .invitation, password: newPassword, author: anonymous)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
    }

    func testResettingAPasswordIsUndoneWhenItsAuditFails() throws {
        let userID = try SignInFixtures.makeUser(database, email: "forgot@example.org")
        let token = try link(.passwordReset, for: userID)
        let probe = try AuditTransactionProbe(database).run {
            _ = try SetPasswordFromLink(store: store).set(token: token, purpose: .passwordReset, password: newPassword, author: anonymous)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
    }

    func testRequestingAResetIsUndoneWhenItsAuditFails() throws {
        _ = try SignInFixtures.makeUser(database, email: "forgot@example.org")
        let probe = try AuditTransactionProbe(database).run {
            try RequestPasswordReset(store: store).request(email: "forgot@example.org", author: anonymous)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
    }

    func testChangingAPasswordIsUndoneWhenItsAuditFails() throws {
        let userID = try SignInFixtures.makeUser(database, email: "change@example.org")
        let probe = try AuditTransactionProbe(database).run {
            _ = try ChangePassword(store: store).change(userID: userID, current: SignInFixtures.password, new: newPassword,
                                                    keepingSession: nil, author: TestFixtures.makeAuthor(userID: userID))
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
    }

    func testAWrongCurrentPasswordIsCountedOnlyWithItsAudit() throws {
        let userID = try SignInFixtures.makeUser(database, email: "change@example.org")
        let probe = try AuditTransactionProbe(database).run {
            _ = try ChangePassword(store: store).change(userID: userID, current: "not my password", new: newPassword,
                                                    keepingSession: nil, author: TestFixtures.makeAuthor(userID: userID))
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
    }

    func testAFailedSignInIsCountedOnlyWithItsAudit() throws {
        _ = try SignInFixtures.makeUser(database, email: "typo@example.org")
        try AuditTransactionProbe(database).assertAtomic(["sign_in_throttles"]) {
            let result = try SignIn(store: store).signIn(email: "typo@example.org", password: "not it", author: anonymous)
            XCTAssertEqual(result, .invalid)
        }
    }

    func testASignInThatNeedsACodeIssuesItOnlyWithItsAudit() throws {
        let userID = try SignInFixtures.makeUser(database, email: "careful@example.org", secondFactor: true)
        try AuditTransactionProbe(database).assertAtomic(["one_time_tokens", "outbox_messages"]) {
            let result = try SignIn(store: store).signIn(email: "careful@example.org", password: SignInFixtures.password, author: anonymous)
            XCTAssertEqual(result, .secondFactorRequired(userID: userID))
        }
    }

    func testSendingACodeIsUndoneWhenItsAuditFails() throws {
        let userID = try SignInFixtures.makeUser(database, email: "careful@example.org", secondFactor: true)
        try AuditTransactionProbe(database).assertAtomic(["one_time_tokens", "outbox_messages"]) {
            let sent = try SendSignInCode(store: store).send(userID: userID, author: anonymous)
            XCTAssertTrue(sent)
        }
    }

    func testAWrongCodeIsCountedOnlyWithItsAudit() throws {
        let userID = try SignInFixtures.makeUser(database, email: "careful@example.org", secondFactor: true)
        XCTAssertTrue(try SendSignInCode(store: store).send(userID: userID, author: anonymous))
        try AuditTransactionProbe(database).assertAtomic(["one_time_tokens"]) {
            let result = try VerifySignInCode(store: store).verify(userID: userID, code: "000000x", author: anonymous)
            XCTAssertNotEqual(result, .verified)
        }
    }
}
