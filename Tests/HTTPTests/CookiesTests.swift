import XCTest
@testable import HTTP

final class CookiesTests: XCTestCase {
    func testParsesPairsTrimsSpacesAndUnquotes() {
        let headers = HTTPHeaders([("Cookie", "a=1;  b = \"two\" ; junk; a=ignored"), ("Cookie", "c=3")])
        XCTAssertEqual(Cookies.parse(headers), ["a": "1", "b": "two", "c": "3"])
    }

    func testNoCookieHeaderIsEmpty() {
        XCTAssertEqual(Cookies.parse(HTTPHeaders()), [:])
    }

    func testSetCookieCarriesSecurityAttributes() {
        let secure = Cookies.setCookie(name: "__Host-session", value: "abc", secure: true)
        XCTAssertEqual(secure, "__Host-session=abc; Path=/; Secure; HttpOnly; SameSite=Lax")
        let plain = Cookies.setCookie(name: "s", value: "", maxAge: 0, secure: false)
        XCTAssertEqual(plain, "s=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")
    }
}
