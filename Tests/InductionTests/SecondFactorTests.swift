import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

final class SecondFactorTests: XCTestCase {
    private var time: MutableTimeSource!
    private var database: Database!
    private var store: InductionStore!
    private var userID = 0

    override func setUpWithError() throws {
        time = MutableTimeSource()
        database = try TestFixtures.makeDatabase(accounts: false)
        store = InductionStore(database: database, time: time)
        userID = try SignInFixtures.makeUser(database, email: "head@example.org", hash: nil, grants: [(.headteacher, 1)])
    }

    /// The newest code, read from the outbox (its delivery channel).
    private func sendCode() throws -> String {
        XCTAssertTrue(try SendSignInCode(store: store).send(userID: userID, author: SignInFixtures.visitor("")))
        let body = try XCTUnwrap(try SignInFixtures.outbox(database).last?.body)
        let match = try XCTUnwrap(body.firstMatch(of: /code is (\d+)/))
        return String(match.1)
    }

    private func wrongCode(for code: String) -> String {
        String(format: "%06d", (Int(code)! + 1) % 1_000_000)
    }

    func testRightCodeVerifiesOnceAndNeverReachesTheAudit() throws {
        let code = try sendCode()
        XCTAssertEqual(code.count, 6)
        XCTAssertTrue(code.allSatisfy(\.isASCII) && code.allSatisfy(\.isNumber))
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: " \(code) ", author: SignInFixtures.visitor("")), .verified)
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: code, author: SignInFixtures.visitor("")), .expiredOrUsedUp, "single use")
        XCTAssertFalse(try SignInFixtures.auditText(database).contains(code))
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM one_time_tokens WHERE token_hash LIKE ?", ["%\(code)%"]), 0)
    }

    func testFiveWrongTriesSpendTheCodeEvenForTheRightOneAfter() throws {
        let code = try sendCode()
        for remaining in [4, 3, 2, 1, 0] {
            XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: wrongCode(for: code), author: SignInFixtures.visitor("")), .wrong(remainingAttempts: remaining))
        }
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: code, author: SignInFixtures.visitor("")), .expiredOrUsedUp)
        let fresh = try sendCode()
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: fresh, author: SignInFixtures.visitor("")), .verified, "a new code brings new tries")
    }

    func testCodeExpiresAfterTenMinutes() throws {
        let first = try sendCode()
        time.advance(minutes: 9)
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: first, author: SignInFixtures.visitor("")), .verified)
        let second = try sendCode()
        time.advance(by: 600)
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: second, author: SignInFixtures.visitor("")), .expiredOrUsedUp)
    }

    func testNewCodeSpendsTheOldOneAndCodesAreBoundToTheirPerson() throws {
        let old = try sendCode()
        let new = try sendCode()
        if old != new {
            XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: old, author: SignInFixtures.visitor("")), .wrong(remainingAttempts: 4))
        }
        let other = try SignInFixtures.makeUser(database, email: "other@example.org", hash: nil)
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: other, code: new, author: SignInFixtures.visitor("")), .expiredOrUsedUp)
        XCTAssertEqual(try VerifySignInCode(store: store).verify(userID: userID, code: new, author: SignInFixtures.visitor("")), .verified)
    }

    func testNewCodesAreCappedPerHour() throws {
        for _ in 1...SendSignInCode.maximumCodesPerHour { _ = try sendCode() }
        XCTAssertFalse(try SendSignInCode(store: store).send(userID: userID, author: SignInFixtures.visitor("")))
        XCTAssertEqual(try SignInFixtures.outbox(database).count, SendSignInCode.maximumCodesPerHour)
        time.advance(minutes: 61)
        XCTAssertTrue(try SendSignInCode(store: store).send(userID: userID, author: SignInFixtures.visitor("")))
    }
}
