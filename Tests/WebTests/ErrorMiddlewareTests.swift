import HTTP
import InductTestSupport
import Web
import XCTest

final class ErrorMiddlewareTests: XCTestCase {
    private struct Leaky: Error, CustomStringConvertible {
        var description: String { "SELECT secret FROM users WHERE password = 'hunter2'" }
    }

    private func respond(throwing error: any Error) throws -> HTTPResponse {
        let middleware = ErrorMiddleware(pages: PageRenderer(templates: try TestEnvironment.makeTemplates()))
        let context = RequestContext(request: HTTPRequest(method: "GET", target: "/x", path: "/x", requestID: "abcd1234"))
        return try middleware.respond(to: context) { _ in throw error }
    }

    func testUnknownErrorIsAPlain500WithTheRequestIDAndNoDetail() throws {
        let response = try respond(throwing: Leaky())
        let html = String(decoding: response.body, as: UTF8.self)
        XCTAssertEqual(response.status, 500)
        XCTAssertTrue(html.contains("abcd1234"))
        XCTAssertFalse(html.contains("hunter2"))
        XCTAssertFalse(html.contains("SELECT"))
    }

    func testHTTPErrorKeepsItsStatusMessageAndHeaders() throws {
        let response = try respond(throwing: HTTPError.methodNotAllowed(allowed: ["GET"]))
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.headers["Allow"], "GET")
        XCTAssertTrue(String(decoding: response.body, as: UTF8.self).contains("Method not allowed"))
    }
}
