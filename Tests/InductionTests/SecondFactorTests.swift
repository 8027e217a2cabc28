import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

final class SecondFactorTests: XCTestCase {
    private var time: MutableTimeSource!
    private var database: Database!
    private var secondFactor: SecondFactor!
    private var userID = 0

    override func setUpWithError() throws {
        time = MutableTimeSource()
        database = try TestFixtures.makeDatabase(accounts: false)
        secondFactor = SecondFactor(database: database, time: time)
        userID = try SignInFixtures.makeUser(database, email: "head@example.org", hash: nil, grants: [(.headteacher, 1)])
    }

    /// The newest code, read from the outbox (its delivery channel).
    private func sendCode() throws -> String {
        XCTAssertTrue(try secondFactor.issueCode(userID: userID))
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
        XCTAssertEqual(try secondFactor.verify(userID: userID, code: " \(code) ", clientAddress: ""), .verified)
        XCTAssertEqual(try secondFactor.verify(userID: userID, code: code, clientAddress: ""), .expiredOrUsedUp, "single use")
        XCTAssertFalse(try SignInFixtures.auditText(database).contains(code))
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM one_time_tokens WHERE token_hash LIKE ?", ["%\(code)%"]), 0)
    }

    func testFiveWrongTriesSpendTheCodeEvenForTheRightOneAfter() throws {
        let code = try sendCode()
        for remaining in [4, 3, 2, 1, 0] {
            XCTAssertEqual(try secondFactor.verify(userID: userID, code: wrongCode(for: code), clientAddress: ""), .wrong(remainingAttempts: remaining))
        }
        XCTAssertEqual(try secondFactor.verify(userID: userID, code: code, clientAddress: ""), .expiredOrUsedUp)
        let fresh = try sendCode()
        XCTAssertEqual(try secondFactor.verify(userID: userID, code: fresh, clientAddress: ""), .verified, "a new code brings new tries")
    }

    func testCodeExpiresAfterTenMinutes() throws {
        let first = try sendCode()
        time.advance(minutes: 9)
        XCTAssertEqual(try secondFactor.verify(userID: userID, code: first, clientAddress: ""), .verified)
        let second = try sendCode()
        time.advance(by: 600)
        XCTAssertEqual(try secondFactor.verify(userID: userID, code: second, clientAddress: ""), .expiredOrUsedUp)
    }

    func testNewCodeSpendsTheOldOneAndCodesAreBoundToTheirPerson() throws {
        let old = try sendCode()
        let new = try sendCode()
        if old != new {
            XCTAssertEqual(try secondFactor.verify(userID: userID, code: old, clientAddress: ""), .wrong(remainingAttempts: 4))
        }
        let other = try SignInFixtures.makeUser(database, email: "other@example.org", hash: nil)
        XCTAssertEqual(try secondFactor.verify(userID: other, code: new, clientAddress: ""), .expiredOrUsedUp)
        XCTAssertEqual(try secondFactor.verify(userID: userID, code: new, clientAddress: ""), .verified)
    }

    func testNewCodesAreCappedPerHour() throws {
        for _ in 1...SecondFactor.maximumCodesPerHour { _ = try sendCode() }
        XCTAssertFalse(try secondFactor.issueCode(userID: userID))
        XCTAssertEqual(try SignInFixtures.outbox(database).count, SecondFactor.maximumCodesPerHour)
        time.advance(minutes: 61)
        XCTAssertTrue(try secondFactor.issueCode(userID: userID))
    }
}
