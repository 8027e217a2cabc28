import XCTest
@testable import HTTP

final class HTTPHeadersTests: XCTestCase {
    func testNamesCompareWithoutRegardToASCIICase() {
        XCTAssertTrue(HTTPHeaders.sameName("Content-Length", "content-length"))
        XCTAssertTrue(HTTPHeaders.sameName("X-A1", "x-a1"))
        XCTAssertFalse(HTTPHeaders.sameName("Content-Length", "Content-Lengthy"))
        XCTAssertFalse(HTTPHeaders.sameName("Connection", "Connectioo"))
        // Only letters fold: '@' (0x40) and '`' (0x60) differ by the same bit but are not one letter.
        XCTAssertFalse(HTTPHeaders.sameName("a@", "a`"))
        XCTAssertFalse(HTTPHeaders.sameName("ä", "Ä"), "RFC 9110 field names are ASCII tokens")
    }

    func testLookupSetAndRemoveIgnoreCase() {
        var headers = HTTPHeaders([("Set-Cookie", "a=1"), ("set-cookie", "b=2"), ("Vary", "Cookie")])
        XCTAssertEqual(headers.values("SET-COOKIE"), ["a=1", "b=2"])
        XCTAssertEqual(headers["vary"], "Cookie")
        headers.set("VARY", "Accept")
        XCTAssertEqual(headers.values("Vary"), ["Accept"])
        headers.remove("set-COOKIE")
        XCTAssertNil(headers["Set-Cookie"])
    }

    func testAConnectionHeaderClosesOnlyWhenItListsTheCloseOption() {
        XCTAssertTrue(EventLoop.namesClose("close"))
        XCTAssertTrue(EventLoop.namesClose("Keep-Alive, CLOSE"))
        XCTAssertFalse(EventLoop.namesClose("keep-alive"))
        XCTAssertFalse(EventLoop.namesClose("closed"))
    }
}
