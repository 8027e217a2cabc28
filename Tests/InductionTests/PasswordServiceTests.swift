import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import Security
import XCTest

final class PasswordServiceTests: XCTestCase {
    private var time: MutableTimeSource!
    private var database: Database!
    private var store: InductionStore { InductionStore(database: database, time: time, baseURL: "https://induct.example/") }
    private var sessions: SessionStore!
    private let sevenDays = 7 * 24 * 3600
    private let newPassword = "plum kettle orbit sandal"

    override func setUpWithError() throws {
        time = MutableTimeSource()
        database = try TestFixtures.makeDatabase(accounts: false)
        sessions = SessionStore(database: database, time: time)
    }

    private func issue(_ purpose: OneTimeTokenPurpose, for userID: Int, validFor seconds: Int) throws -> String {
        try database.write { try OneTimeTokens().issue(for: userID, purpose: purpose, validFor: seconds, now: time.now(), in: $0) }
    }

    private func anonymous(_ clientAddress: String) -> Author {
        Author(userID: nil, name: "anonymous", role: nil, clientAddress: clientAddress)
    }

    private func storedHash(_ userID: Int) throws -> String? {
        try database.read { try $0.queryOne("SELECT password_hash FROM users WHERE id = ?", [userID])?.optionalString("password_hash") }
    }

    func testInvitationSetsAPasswordOnceAndLastsSevenDays() throws {
        let userID = try SignInFixtures.makeUser(database, email: "new@example.org", name: "Nadia Rashid", hash: nil)
        let token = try issue(.invitation, for: userID, validFor: sevenDays)
        XCTAssertEqual(try store.reader.linkHolder(token: token, purpose: .invitation, now: time.now())?.name, "Nadia Rashid")
        XCTAssertEqual(try SetPasswordFromLink(store: store).set(token: token, purpose: .invitation, password: "password123", author: anonymous("")),
                       .rejected(message: "Password is too common. Try a phrase of three or four unrelated words"))
        XCTAssertNil(try storedHash(userID))
        XCTAssertEqual(try SetPasswordFromLink(store: store).set(token: token, purpose: .invitation, password: newPassword, author: anonymous("")), .changed(userID: userID))
        let hash = try XCTUnwrap(try storedHash(userID))
        XCTAssertTrue(hash.hasPrefix("$argon2id$"))
        XCTAssertTrue(PasswordHasher.verify(newPassword, against: hash))
        XCTAssertEqual(try SetPasswordFromLink(store: store).set(token: token, purpose: .invitation, password: newPassword, author: anonymous("")), .invalidToken, "single use")
        XCTAssertEqual(try SignInFixtures.auditActions(database).last, "invitation.accepted")
        let audit = try SignInFixtures.auditText(database)
        XCTAssertFalse(audit.contains(token) || audit.contains(newPassword))

        let late = try issue(.invitation, for: userID, validFor: sevenDays)
        time.advance(by: TimeInterval(sevenDays - 60))
        XCTAssertNotNil(try store.reader.linkHolder(token: late, purpose: .invitation, now: time.now()))
        time.advance(by: 60)
        XCTAssertNil(try store.reader.linkHolder(token: late, purpose: .invitation, now: time.now()))
        XCTAssertEqual(try SetPasswordFromLink(store: store).set(token: late, purpose: .invitation, password: newPassword, author: anonymous("")), .invalidToken)
    }

    func testResetLinkIsSingleUseForOneHourAndEndsEverySession() throws {
        let userID = try SignInFixtures.makeUser(database, email: "forgot@example.org", hash: nil)
        let laptop = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        let phone = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        try RequestPasswordReset(store: store).request(email: "Forgot@Example.org", author: anonymous("203.0.113.5"))
        let mail = try XCTUnwrap(try SignInFixtures.outbox(database).last)
        XCTAssertEqual(mail.recipient, "forgot@example.org")
        let token = String(try XCTUnwrap(mail.body.firstMatch(of: #/https://induct\.example/reset-password/([A-Za-z0-9_-]{43})/#)).1)
        XCTAssertEqual(try SignInFixtures.auditActions(database).last, "password_reset.requested")
        XCTAssertFalse(try SignInFixtures.auditText(database).contains(token))

        XCTAssertEqual(try SetPasswordFromLink(store: store).set(token: token, purpose: .passwordReset, password: newPassword, author: anonymous("")), .changed(userID: userID))
        XCTAssertNil(try sessions.resolve(laptop))
        XCTAssertNil(try sessions.resolve(phone))
        XCTAssertEqual(try SetPasswordFromLink(store: store).set(token: token, purpose: .passwordReset, password: newPassword, author: anonymous("")), .invalidToken)
        XCTAssertNil(try store.reader.linkHolder(token: token, purpose: .passwordReset, now: time.now()))

        try RequestPasswordReset(store: store).request(email: "forgot@example.org", author: anonymous(""))
        let second = String(try XCTUnwrap(try SignInFixtures.outbox(database).last?.body.firstMatch(of: #/reset-password/(\S+)/#)).1)
        time.advance(minutes: 59)
        XCTAssertNotNil(try store.reader.linkHolder(token: second, purpose: .passwordReset, now: time.now()))
        time.advance(minutes: 1)
        XCTAssertNil(try store.reader.linkHolder(token: second, purpose: .passwordReset, now: time.now()), "valid for one hour")
    }

    func testResetRequestForUnknownEmailSendsNothingAndRecordsNothing() throws {
        let auditBefore = try SignInFixtures.auditActions(database)
        XCTAssertNoThrow(try RequestPasswordReset(store: store).request(email: "nobody@example.org", author: anonymous("")))
        XCTAssertNoThrow(try RequestPasswordReset(store: store).request(email: "not an email", author: anonymous("")))
        XCTAssertEqual(try SignInFixtures.outbox(database).count, 0)
        XCTAssertEqual(try SignInFixtures.auditActions(database), auditBefore)
        XCTAssertFalse(try SignInFixtures.auditText(database).contains("nobody@example.org"))
    }

    func testChangingPasswordEndsOtherSessionsButKeepsThisOne() throws {
        let userID = try SignInFixtures.makeUser(database, email: "change@example.org")
        let here = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        let elsewhere = try sessions.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        XCTAssertEqual(try ChangePassword(store: store).change(userID: userID, current: "not my password", new: newPassword, keepingSession: here,
                                                          author: TestFixtures.makeAuthor(userID: userID, clientAddress: "")), .wrongCurrentPassword)
        XCTAssertNotNil(try sessions.resolve(elsewhere), "a failed change ends nothing")
        XCTAssertEqual(try ChangePassword(store: store).change(userID: userID, current: SignInFixtures.password, new: newPassword, keepingSession: here,
                                                          author: TestFixtures.makeAuthor(userID: userID, clientAddress: "")), .changed(userID: userID))
        XCTAssertNotNil(try sessions.resolve(here)?.principal)
        XCTAssertNil(try sessions.resolve(elsewhere))
        XCTAssertEqual(try SignInFixtures.auditActions(database).suffix(2), ["password.change_failed", "password.changed"])
        let audit = try SignInFixtures.auditText(database)
        XCTAssertFalse(audit.contains(newPassword) || audit.contains(SignInFixtures.password) || audit.contains("not my password"))
    }
}
