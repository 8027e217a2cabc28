import Foundation
import XCTest
@testable import HTTP

/// Body inactivity and keep-alive idle deadlines on a real socket, with short timeouts.
final class LiveTimeoutTests: XCTestCase {
    var server: HTTPServer!

    override func tearDown() {
        server?.shutdown()
        server = nil
    }

    func testStalledBodyGets408AfterTheInactivityTimeout() throws {
        server = try startServer { $0.bodyInactivityTimeout = .milliseconds(500) }
        let client = try XCTUnwrap(TestClient(port: server.port, timeout: .seconds(3)))
        let start = ContinuousClock.now
        client.send("POST /form HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 408)
        XCTAssertGreaterThanOrEqual(start.duration(to: .now), .milliseconds(450))
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testKeptAliveConnectionIsClosedSilentlyWhenIdleTooLong() throws {
        server = try startServer { $0.keepAliveIdleTimeout = .milliseconds(500) }
        let client = try XCTUnwrap(TestClient(port: server.port, timeout: .seconds(3)))
        client.send("GET /a HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 200)
        let start = ContinuousClock.now
        XCTAssertTrue(client.isClosedByPeer())
        let waited = start.duration(to: .now)
        XCTAssertGreaterThanOrEqual(waited, .milliseconds(450))
        XCTAssertLessThan(waited, .milliseconds(1500))
        XCTAssertTrue(client.buffered.isEmpty, "no 408 for an idle keep-alive connection")
    }

    func testChunkedFormBodyArrivesDecodedAtTheHandler() throws {
        server = try startServer(handler: { request in
            let fields = (try? FormURLEncoded.decode(request.body)) ?? [(name: "error", value: "bad form")]
            return .text(fields.map { "\($0.name)=\($0.value)" }.joined(separator: ";"))
        })
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("POST /f HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n8\r\nname=Ada\r\n")
        usleep(50_000)
        client.send("C\r\n+L&city=K%C3\r\n5\r\n%B8ge\r\n0\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.text, "name=Ada L;city=Køge")
    }
}
