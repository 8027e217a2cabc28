import XCTest
@testable import Security

final class ConstantTimeTests: XCTestCase {
    func testBytes() {
        XCTAssertTrue(ConstantTime.equals([1, 2, 3], [1, 2, 3]))
        XCTAssertFalse(ConstantTime.equals([1, 2, 3], [1, 2, 4]))
        XCTAssertFalse(ConstantTime.equals([0, 2, 3], [1, 2, 3]))
        XCTAssertFalse(ConstantTime.equals([1, 2, 3], [1, 2]))
        XCTAssertFalse(ConstantTime.equals([], [0]))
        XCTAssertTrue(ConstantTime.equals([], []))
    }

    func testStrings() {
        let token = SecureRandom.token()
        XCTAssertTrue(ConstantTime.equals(token, String(token)))
        XCTAssertFalse(ConstantTime.equals(token, String(token.dropLast()) + "!"))
        XCTAssertFalse(ConstantTime.equals(token, token + "a"))
        XCTAssertFalse(ConstantTime.equals("abc", "ABC"))
        XCTAssertTrue(ConstantTime.equals("", ""))
        XCTAssertFalse(ConstantTime.equals("é", "e\u{301}"))  // bytes, not canonical equivalence
    }
}
