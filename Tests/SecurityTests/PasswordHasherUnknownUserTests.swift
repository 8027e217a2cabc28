import XCTest
@testable import Security

final class PasswordHasherUnknownUserTests: XCTestCase {
    func testUnknownUserNeverVerifiesButDoesTheWork() throws {
        let real = try PasswordHasher.hash("x")
        XCTAssertFalse(PasswordHasher.verifyUnknownUser("x"))
        let clock = ContinuousClock()
        let decoy = clock.measure { _ = PasswordHasher.verifyUnknownUser("guess") }
        let genuine = clock.measure { _ = PasswordHasher.verify("guess", against: real) }
        XCTAssertGreaterThan(decoy, genuine / 4)  // an Argon2id run, not an early return
    }
}
