import Foundation
import InductDomainTestSupport
import Induction
import SQLite
@testable import Security
import XCTest

final class SignInServiceTests: XCTestCase {
    private var time: MutableTimeSource!
    private var database: Database!
    private var service: SignIn!

    override func setUpWithError() throws {
        time = MutableTimeSource()
        database = try TestFixtures.makeDatabase(accounts: false)
        service = SignIn(store: InductionStore(database: database, time: time))
    }

    func testRightPasswordSignsInWhateverTheCaseOfTheEmail() throws {
        let userID = try SignInFixtures.makeUser(database, email: "rachel@example.org")
        XCTAssertEqual(try service.signIn(email: "  Rachel@Example.ORG ", password: SignInFixtures.password, author: SignInFixtures.visitor("203.0.113.5")),
                       .signedIn(userID: userID))
        XCTAssertEqual(try SignInFixtures.auditActions(database).last, "sign_in.succeeded")
        XCTAssertFalse(try SignInFixtures.auditText(database).contains(SignInFixtures.password))
    }

    func testUnknownEmailAndWrongPasswordGetTheSameAnswerAndLeakNothing() throws {
        try SignInFixtures.makeUser(database, email: "known@example.org")
        let wrong = "a wrong guess 4711"
        let typo = "someone.else@example.org"
        XCTAssertEqual(try service.signIn(email: "known@example.org", password: wrong, author: SignInFixtures.visitor("203.0.113.5")), .invalid)
        XCTAssertEqual(try service.signIn(email: typo, password: wrong, author: SignInFixtures.visitor("203.0.113.5")), .invalid)
        XCTAssertEqual(try SignInFixtures.auditActions(database).suffix(2), ["sign_in.failed", "sign_in.failed"])
        let audit = try SignInFixtures.auditText(database)
        XCTAssertFalse(audit.contains(wrong), "never the password")
        XCTAssertFalse(audit.contains(typo), "never a typed email that matches no account")
        XCTAssertTrue(audit.contains("unknown account"))
    }

    func testInactiveAccountOrOneWithoutPasswordIsInvalid() throws {
        try SignInFixtures.makeUser(database, email: "gone@example.org", active: false)
        try SignInFixtures.makeUser(database, email: "invited@example.org", hash: nil)
        XCTAssertEqual(try service.signIn(email: "gone@example.org", password: SignInFixtures.password, author: SignInFixtures.visitor("")), .invalid)
        XCTAssertEqual(try service.signIn(email: "invited@example.org", password: "", author: SignInFixtures.visitor("")), .invalid)
    }

    func testWeakHashIsReplacedAtSignIn() throws {
        let password = "old parameters 2019"
        let weak = try PasswordHasher.hash(password, opsLimit: 1, memLimit: 8192 * 1024)
        XCTAssertTrue(PasswordHasher.needsRehash(weak))
        let userID = try SignInFixtures.makeUser(database, email: "legacy@example.org", hash: weak)
        XCTAssertEqual(try service.signIn(email: "legacy@example.org", password: password, author: SignInFixtures.visitor("")), .signedIn(userID: userID))
        let stored = try XCTUnwrap(try database.read { try $0.queryOne("SELECT password_hash FROM users WHERE id = ?", [userID])?.string("password_hash") })
        XCTAssertTrue(stored.hasPrefix("$argon2id$"))
        XCTAssertNotEqual(stored, weak)
        XCTAssertFalse(PasswordHasher.needsRehash(stored))
        XCTAssertTrue(PasswordHasher.verify(password, against: stored))
    }

    func testAppropriateBodySettingRequiresACodeForHeadteachersButNotMentors() throws {
        try SaveAppropriateBodySettings(store: TestFixtures.makeStore(database))
            .save(AppropriateBodySettings(requireSecondFactor: true), author: .system("test set-up"))
        let head = try SignInFixtures.makeUser(database, email: "head@example.org", grants: [(.mentor, 1), (.headteacher, 1)])
        let mentor = try SignInFixtures.makeUser(database, email: "mentor@example.org", grants: [(.mentor, 1)])
        XCTAssertEqual(try service.signIn(email: "head@example.org", password: SignInFixtures.password, author: SignInFixtures.visitor("")),
                       .secondFactorRequired(userID: head))
        XCTAssertEqual(try service.signIn(email: "mentor@example.org", password: SignInFixtures.password, author: SignInFixtures.visitor("")),
                       .signedIn(userID: mentor))
        let mail = try SignInFixtures.outbox(database)
        XCTAssertEqual(mail.map(\.recipient), ["head@example.org"])
        XCTAssertEqual(mail.first?.subject, "Your Induct sign-in code")
    }

    func testPersonWhoChoseASecondFactorIsAskedForACode() throws {
        let userID = try SignInFixtures.makeUser(database, email: "careful@example.org", secondFactor: true)
        XCTAssertEqual(try service.signIn(email: "careful@example.org", password: SignInFixtures.password, author: SignInFixtures.visitor("")),
                       .secondFactorRequired(userID: userID))
        XCTAssertEqual(try SignInFixtures.outbox(database).count, 1)
    }
}
