import XCTest
@testable import Security

final class SecureRandomTests: XCTestCase {
    func testBytesHaveRequestedLengthAndVary() {
        XCTAssertEqual(SecureRandom.bytes(0), [])
        XCTAssertEqual(SecureRandom.bytes(1).count, 1)
        let first = SecureRandom.bytes(32)
        XCTAssertEqual(first.count, 32)
        XCTAssertNotEqual(first, SecureRandom.bytes(32))
        XCTAssertNotEqual(first, [UInt8](repeating: 0, count: 32))
    }

    func testTokenIsUnpaddedBase64URLOf32Bytes() {
        let token = SecureRandom.token()
        XCTAssertEqual(token.count, 43)  // ceil(32 * 8 / 6)
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        XCTAssertTrue(token.allSatisfy(alphabet.contains), token)
        XCTAssertEqual(SecureRandom.token(bytes: 16).count, 22)
        XCTAssertEqual(SecureRandom.token(bytes: 3).count, 4)
    }

    func testTokensAreUnique() {
        let tokens = (0..<1000).map { _ in SecureRandom.token() }
        XCTAssertEqual(Set(tokens).count, 1000)
    }

    func testBase64URLKnownVectors() {
        // RFC 4648 §10 vectors, plus bytes that map to '-' and '_' in the URL alphabet.
        XCTAssertEqual(Base64URL.encode(Array("".utf8)), "")
        XCTAssertEqual(Base64URL.encode(Array("f".utf8)), "Zg")
        XCTAssertEqual(Base64URL.encode(Array("foob".utf8)), "Zm9vYg")
        XCTAssertEqual(Base64URL.encode(Array("foobar".utf8)), "Zm9vYmFy")
        XCTAssertEqual(Base64URL.encode([0xFB, 0xFF, 0xBF]), "-_-_")
    }
}
