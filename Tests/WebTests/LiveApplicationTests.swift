import HTTP
import InductTestSupport
import XCTest

/// The whole application on a real socket on port 0.
final class LiveApplicationTests: XCTestCase {
    private var server: HTTPServer!

    override func setUpWithError() throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.accessLog = false
        server = HTTPServer(configuration: configuration, handler: try TestEnvironment.makeApplication().handler)
        try server.start()
    }

    override func tearDown() {
        server?.shutdown()
    }

    private func get(_ path: String) throws -> RawHTTP.Reply {
        try RawHTTP.exchange(port: server.port, bytes: Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8))
    }

    func testHealthzAnswersOkOverTheSocket() throws {
        let reply = try get("/healthz")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.text, "ok")
    }

    func testECTListOverTheSocketListsTheSeededECTs() throws {
        let reply = try get("/ects")
        XCTAssertEqual(reply.status, 200)
        XCTAssertTrue(reply.text.contains("Amelia Hartley"))
        XCTAssertTrue(reply.head.lowercased().contains("content-security-policy: default-src 'self'"))
    }

    func testMalformedPercentEscapeIs400NotACrash() throws {
        XCTAssertEqual(try get("/ects%zz").status, 400)
        XCTAssertEqual(try get("/healthz").status, 200, "still serving")
    }
}
