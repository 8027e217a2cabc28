import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import Security
import XCTest

final class PasswordServiceTests: XCTestCase {
    private var time: MutableTimeSource!
    private var database: Database!
    private var service: PasswordService!
    private var sessions: SessionStore!
    private let sevenDays = 7 * 24 * 3600
    private let newPassword = "plum kettle orbit sandal"

    override func setUpWithError() throws {
        time = MutableTimeSource()
        database = try TestFixtures.makeDatabase(accounts: false)
        service = PasswordService(database: database, time: time)
        sessions = SessionStore(database: database, time: time)
    }

    private func issue(_ purpose: OneTimeTokenPurpose, for userID: Int, validFor seconds: Int) throws -> String {
        try database.write { try OneTimeTokens().issue(for: userID, purpose: purpose, validFor: seconds, now: time.now(), in: $0) }
    }

    private func storedHash(_ userID: Int) throws -> String? {
        try database.read { try $0.queryOne("SELECT password_hash FROM users WHERE id = ?", [userID])?.optionalString("password_hash") }
    }

    func testInvitationSetsAPasswordOnceAndLastsSevenDays() throws {
        let userID = try SignInFixtures.makeUser(database, email: "new@example.org", name: "Nadia Rashid", hash: nil)
        let token = try issue(.invitation, for: userID, validFor: sevenDays)
        XCTAssertEqual(try service.invitationUser(token: token)?.name, "Nadia Rashid")
        XCTAssertEqual(try service.acceptInvitation(token: token, password: "password123", clientAddress: ""),
                       .rejected(message: "Password is too common. Try a phrase of three or four unrelated words"))
        XCTAssertNil(try storedHash(userID))
        XCTAssertEqual(try service.acceptInvitation(token: token, password: newPassword, clientAddress: ""), .changed(userID: userID))
        let hash = try XCTUnwrap(try storedHash(userID))
        XCTAssertTrue(hash.hasPrefix("$argon2id$"))
        XCTAssertTrue(PasswordHasher.verify(newPassword, against: hash))
        XCTAssertEqual(try service.acceptInvitation(token: token, password: newPassword, clientAddress: ""), .invalidToken, "single use")
        XCTAssertEqual(try SignInFixtures.auditActions(database).last, "invitation.accepted")
        let audit = try SignInFixtures.auditText(database)
        XCTAssertFalse(audit.contains(token) || audit.contains(newPassword))

        let late = try issue(.invitation, for: userID, validFor: sevenDays)
        time.advance(by: TimeInterval(sevenDays - 60))
        XCTAssertNotNil(try service.invitationUser(token: late))
        time.advance(by: 60)
        XCTAssertNil(try service.invitationUser(token: late))
        XCTAssertEqual(try service.acceptInvitation(token: late, password: newPassword, clientAddress: ""), .invalidToken)
    }

    func testResetLinkIsSingleUseForOneHourAndEndsEverySession() throws {
        let userID = try SignInFixtures.makeUser(database, email: "forgot@example.org", hash: nil)
        let laptop = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        let phone = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        try service.requestReset(email: "Forgot@Example.org", baseURL: "https://induct.example/", clientAddress: "203.0.113.5")
        let mail = try XCTUnwrap(try SignInFixtures.outbox(database).last)
        XCTAssertEqual(mail.recipient, "forgot@example.org")
        let token = String(try XCTUnwrap(mail.body.firstMatch(of: #/https://induct\.example/reset-password/([A-Za-z0-9_-]{43})/#)).1)
        XCTAssertEqual(try SignInFixtures.auditActions(database).last, "password_reset.requested")
        XCTAssertFalse(try SignInFixtures.auditText(database).contains(token))

        XCTAssertEqual(try service.resetPassword(token: token, password: newPassword, clientAddress: ""), .changed(userID: userID))
        XCTAssertNil(try sessions.resolve(laptop))
        XCTAssertNil(try sessions.resolve(phone))
        XCTAssertEqual(try service.resetPassword(token: token, password: newPassword, clientAddress: ""), .invalidToken)
        XCTAssertNil(try service.resetUser(token: token))

        try service.requestReset(email: "forgot@example.org", baseURL: "https://induct.example", clientAddress: "")
        let second = String(try XCTUnwrap(try SignInFixtures.outbox(database).last?.body.firstMatch(of: #/reset-password/(\S+)/#)).1)
        time.advance(minutes: 59)
        XCTAssertNotNil(try service.resetUser(token: second))
        time.advance(minutes: 1)
        XCTAssertNil(try service.resetUser(token: second), "valid for one hour")
    }

    func testResetRequestForUnknownEmailSendsNothingAndRecordsNothing() throws {
        let auditBefore = try SignInFixtures.auditActions(database)
        XCTAssertNoThrow(try service.requestReset(email: "nobody@example.org", baseURL: "https://induct.example", clientAddress: ""))
        XCTAssertNoThrow(try service.requestReset(email: "not an email", baseURL: "https://induct.example", clientAddress: ""))
        XCTAssertEqual(try SignInFixtures.outbox(database).count, 0)
        XCTAssertEqual(try SignInFixtures.auditActions(database), auditBefore)
        XCTAssertFalse(try SignInFixtures.auditText(database).contains("nobody@example.org"))
    }

    func testChangingPasswordEndsOtherSessionsButKeepsThisOne() throws {
        let userID = try SignInFixtures.makeUser(database, email: "change@example.org")
        let here = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        let elsewhere = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        XCTAssertEqual(try service.changePassword(userID: userID, current: "not my password", new: newPassword, keepingSession: here,
                                                  clientAddress: ""), .wrongCurrentPassword)
        XCTAssertNotNil(try sessions.resolve(elsewhere), "a failed change ends nothing")
        XCTAssertEqual(try service.changePassword(userID: userID, current: SignInFixtures.password, new: newPassword, keepingSession: here,
                                                  clientAddress: ""), .changed(userID: userID))
        XCTAssertNotNil(try sessions.resolve(here)?.principal)
        XCTAssertNil(try sessions.resolve(elsewhere))
        XCTAssertEqual(try SignInFixtures.auditActions(database).suffix(2), ["password.change_failed", "password.changed"])
        let audit = try SignInFixtures.auditText(database)
        XCTAssertFalse(audit.contains(newPassword) || audit.contains(SignInFixtures.password) || audit.contains("not my password"))
    }
}
