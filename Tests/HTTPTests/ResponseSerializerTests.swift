import XCTest
@testable import HTTP

final class ResponseSerializerTests: XCTestCase {
    let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    func text(_ response: HTTPResponse, head: Bool = false, keepAlive: Bool = true, version: HTTPVersion = .http11) -> String {
        String(decoding: ResponseSerializer.serialize(response, isHead: head, keepAlive: keepAlive, version: version, date: date), as: UTF8.self)
    }

    func testServerAddsLengthDateAndReplacesHandlerFraming() {
        var response = HTTPResponse.text("hello")
        response.headers.add("Content-Length", "999")
        response.headers.add("Transfer-Encoding", "chunked")
        XCTAssertEqual(text(response),
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nDate: \(date)\r\nContent-Length: 5\r\n\r\nhello")
    }

    func testCloseAndHTTP10KeepAliveAreAnnounced() {
        XCTAssertTrue(text(.text("x"), keepAlive: false).contains("\r\nConnection: close\r\n"))
        XCTAssertTrue(text(.text("x"), version: .http10).contains("\r\nConnection: keep-alive\r\n"))
        XCTAssertFalse(text(.text("x")).contains("Connection:"))
    }

    func testHeadSendsGetLengthButNoBody() {
        let output = text(.html("<p>hi</p>"), head: true)
        XCTAssertTrue(output.contains("Content-Length: 9\r\n"))
        XCTAssertTrue(output.hasSuffix("\r\n\r\n"))
        var declared = HTTPResponse(status: 200)
        declared.headers.add("Content-Length", "1234")
        XCTAssertTrue(text(declared, head: true).contains("Content-Length: 1234\r\n"))
    }

    func testNoContentAndNotModifiedCarryNoBodyOrLength() {
        let output = text(HTTPResponse(status: 204, body: Array("ignored".utf8)))
        XCTAssertTrue(output.hasPrefix("HTTP/1.1 204 No Content\r\n"))
        XCTAssertFalse(output.contains("Content-Length"))
        XCTAssertTrue(output.hasSuffix("\r\n\r\n"))
    }

    func testHeaderValuesThatWouldSplitTheResponseAreDropped() {
        var response = HTTPResponse.redirect(to: "/next\r\nSet-Cookie: evil=1")
        response.headers.add("X-Ok", "fine")
        let output = text(response)
        XCTAssertFalse(output.contains("evil"))
        XCTAssertTrue(output.contains("X-Ok: fine\r\n"))
        XCTAssertTrue(output.hasPrefix("HTTP/1.1 303 See Other\r\n"))
    }

    func testErrorResponsesAreShortPlainText() {
        let response = ResponseSerializer.errorResponse(status: 431)
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "431 Request Header Fields Too Large\n")
        XCTAssertEqual(response.headers["Content-Type"], "text/plain; charset=utf-8")
    }

    func testDateIsIMFFixdate() {
        XCTAssertEqual(HTTPDate.format(secondsSince1970: 784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    func testRequestIDsAreEightHexDigitsAndUnique() {
        let generator = RequestIDGenerator()
        let ids = (0..<1000).map { _ in generator.next() }
        XCTAssertEqual(Set(ids).count, 1000)
        XCTAssertTrue(ids.allSatisfy { $0.count == 8 && $0.allSatisfy(\.isHexDigit) })
    }
}
