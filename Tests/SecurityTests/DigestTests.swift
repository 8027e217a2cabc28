import XCTest
@testable import Security

final class DigestTests: XCTestCase {
    func testKnownVectors() {
        // FIPS 180-2 appendix B.1 and the empty string.
        XCTAssertEqual(Digest.sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(Digest.sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(
            Digest.sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testBytesAndStringAgreeAndOutputIsLowercaseHex() {
        let token = SecureRandom.token()
        let hex = Digest.sha256Hex(token)
        XCTAssertEqual(hex, Digest.sha256Hex(Array(token.utf8)))
        XCTAssertEqual(hex.count, 64)
        XCTAssertTrue(hex.allSatisfy { "0123456789abcdef".contains($0) })
        XCTAssertNotEqual(hex, Digest.sha256Hex(token + "x"))
    }
}
