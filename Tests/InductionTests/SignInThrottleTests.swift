import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

final class SignInThrottleTests: XCTestCase {
    private var time: MutableTimeSource!
    private var database: Database!
    private let throttle = SignInThrottle()

    override func setUpWithError() throws {
        time = MutableTimeSource()
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func fail(_ email: String, from address: String = "198.51.100.7") throws {
        try database.write { try throttle.recordFailure(email: email, address: address, now: time.now(), in: $0) }
    }

    private func retryAfter(_ email: String, from address: String = "198.51.100.7") throws -> Int? {
        try database.read {
            try throttle.retryAfter(keys: [SignInThrottle.accountKey(email), SignInThrottle.addressKey(address)], now: time.now(), in: $0)
        }
    }

    func testTwentyWrongPasswordsLockOneAccountButNotAnotherFromTheSameAddress() throws {
        try SignInFixtures.makeUser(database, email: "a@example.org")
        let b = try SignInFixtures.makeUser(database, email: "b@example.org")
        let service = SignIn(store: InductionStore(database: database, time: time))
        let results = try (1...20).map { _ in
            try service.signIn(email: "a@example.org", password: "not the password", author: SignInFixtures.visitor("198.51.100.7"))
        }
        XCTAssertEqual(Array(results.prefix(5)), Array(repeating: .invalid, count: 5))
        for result in results.dropFirst(5) {
            guard case .throttled(let seconds) = result else { return XCTFail("expected throttled, got \(result)") }
            XCTAssertGreaterThan(seconds, 0)
        }
        guard case .throttled = try service.signIn(email: "a@example.org", password: SignInFixtures.password, author: SignInFixtures.visitor("192.0.2.1"))
        else { return XCTFail("a locked account stays locked from any address, even with the right password") }
        XCTAssertEqual(try service.signIn(email: "b@example.org", password: SignInFixtures.password, author: SignInFixtures.visitor("198.51.100.7")),
                       .signedIn(userID: b))
        XCTAssertTrue(try SignInFixtures.auditActions(database).contains("sign_in.throttled"))
    }

    func testAccountLockGrowsFromFifteenSecondsToFifteenMinutes() throws {
        for _ in 1...4 { try fail("x@example.org") }
        XCTAssertNil(try retryAfter("x@example.org"))
        var expected = [15, 30, 60, 120, 240, 480, 900, 900]
        while !expected.isEmpty {
            try fail("x@example.org")
            let lock = expected.removeFirst()
            XCTAssertEqual(try retryAfter("x@example.org"), lock)
            time.advance(by: TimeInterval(lock))
            XCTAssertNil(try retryAfter("x@example.org"))
        }
    }

    func testAccountCountResetsAfterFifteenQuietMinutesOrOnSuccess() throws {
        for _ in 1...4 { try fail("y@example.org") }
        time.advance(minutes: 16)
        try fail("y@example.org")
        XCTAssertNil(try retryAfter("y@example.org"), "a new window: 1 failure")
        for _ in 1...3 { try fail("y@example.org") }
        try database.write { try throttle.reset(email: "Y@example.org", in: $0) }
        try fail("y@example.org")
        XCTAssertNil(try retryAfter("y@example.org"))
    }

    func testAddressLocksOnlyAfterAHundredFailuresInFifteenMinutes() throws {
        for n in 1...99 { try fail("person\(n)@example.org", from: "10.0.0.1") }
        XCTAssertNil(try retryAfter("newcomer@example.org", from: "10.0.0.1"), "a shared school proxy keeps working")
        try fail("person100@example.org", from: "10.0.0.1")
        XCTAssertEqual(try retryAfter("newcomer@example.org", from: "10.0.0.1"), 300)
        XCTAssertNil(try retryAfter("newcomer@example.org", from: "10.0.0.2"))
        time.advance(minutes: 5)
        XCTAssertNil(try retryAfter("newcomer@example.org", from: "10.0.0.1"))
    }
}
