import XCTest
@testable import Security

final class MessageAuthenticatorTests: XCTestCase {
    func testRFC4231Case2TruncatedTo256Bits() {
        // HMAC-SHA-512 of RFC 4231 test case 2; a key shorter than the block is zero-padded, so
        // "Jefe" and "Jefe" + 28 zero bytes are the same key.
        let authenticator = MessageAuthenticator(key: Array("Jefe".utf8) + [UInt8](repeating: 0, count: 28))
        XCTAssertEqual(authenticator.tag("what do ya want for nothing?"), "Fkt6e_z4GeLjlfvnO1bgo4e9ZCIugx_WECcM1-olBVQ")
    }

    func testATagVerifiesOnlyForItsMessageAndKey() {
        let authenticator = MessageAuthenticator.random()
        let tag = authenticator.tag("visitor:abc")
        XCTAssertTrue(authenticator.verify(tag, for: "visitor:abc"))
        XCTAssertFalse(authenticator.verify(tag, for: "visitor:abd"))
        XCTAssertFalse(authenticator.verify(String(tag.dropLast()), for: "visitor:abc"))
        XCTAssertFalse(authenticator.verify("", for: "visitor:abc"))
        XCTAssertFalse(MessageAuthenticator.random().verify(tag, for: "visitor:abc"), "another key")
    }
}
