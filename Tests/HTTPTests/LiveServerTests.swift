import Foundation
import Synchronization
import XCTest
@testable import HTTP

/// The real server on a real socket on port 0.
final class LiveServerTests: XCTestCase {
    var server: HTTPServer!

    override func tearDown() {
        server?.shutdown()
        server = nil
    }

    func testTwoRequestsOnOneKeptAliveConnection() throws {
        server = try startServer()
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET /one HTTP/1.1\r\nHost: t\r\n\r\n")
        let first = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(first.status, 200)
        XCTAssertEqual(first.text, "path=/one")
        XCTAssertEqual(first.header("Content-Length"), "9")
        XCTAssertNotNil(first.header("Date"))
        XCTAssertNil(first.header("Connection"))
        client.send("GET /two HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        let second = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(second.text, "path=/two")
        XCTAssertEqual(second.header("Connection"), "close")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testPipelinedRequestsAreAnsweredInOrder() throws {
        // The first request is slower, so answering out of order would show.
        server = try startServer(handler: { request in
            if request.path == "/slow" { usleep(200_000) }
            return .text("path=\(request.path)")
        })
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\nGET /fast HTTP/1.1\r\nHost: t\r\n\r\nPOST /third HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\nhi")
        XCTAssertEqual(client.readResponse()?.text, "path=/slow")
        XCTAssertEqual(client.readResponse()?.text, "path=/fast")
        XCTAssertEqual(client.readResponse()?.text, "path=/third")
    }

    func testHeadGetsHeadersWithGetLengthButNoBody() throws {
        server = try startServer()
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("HEAD /thing HTTP/1.1\r\nHost: t\r\n\r\nGET /after HTTP/1.1\r\nHost: t\r\n\r\n")
        let head = try XCTUnwrap(client.readResponse(head: true))
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.header("Content-Length"), "11")
        // The next bytes on the wire are the second response, not a body.
        let next = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(next.text, "path=/after")
    }

    func testBodyOverTheLimitGets413AndClose() throws {
        server = try startServer { $0.maxBodyBytes = 1000 }
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n" + String(repeating: "x", count: 2000))
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.status, 413)
        XCTAssertEqual(response.header("Connection"), "close")
        let chunked = try XCTUnwrap(TestClient(port: server.port))
        chunked.send("POST /upload HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3e8\r\n" + String(repeating: "x", count: 1000) + "\r\n1\r\nx\r\n")
        XCTAssertEqual(chunked.readResponse()?.status, 413)
    }

    func testEachMalformedRequestGetsItsStatusAndServerKeepsServing() throws {
        server = try startServer()
        let cases: [(String, Int)] = [
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: t\r\nX: a\r\n b\r\n\r\n", 400),
            ("GET / HTTP/1.1\nHost: t\n\n", 400),
            ("GET / HTTP/1.1\r\nHost: t\r\nContent-Length: 5, 5\r\n\r\nhello", 400),
            ("GET /%zz HTTP/1.1\r\nHost: t\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
            ("GET / HTTP/2.0\r\nHost: t\r\n\r\n", 505),
            ("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: t\r\n\r\n", 414),
            ("GET / HTTP/1.1\r\nHost: t\r\nX: \(String(repeating: "a", count: 9000))\r\n\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: t\r\n" + (0...100).map { "X-\($0): 1\r\n" }.joined() + "\r\n", 431),
            ("POST / HTTP/1.1\r\nHost: t\r\nExpect: teapot\r\nContent-Length: 1\r\n\r\n", 417),
            ("GET / HTTP/1.1\r\nHost: t t\r\n\r\n", 400),
            ("BREW / HTTP/1.1\r\nHost: t\r\n\r\n", 501),
            ("post / HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n", 400),
            ("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n", 400),
        ]
        for (bytes, status) in cases {
            let client = try XCTUnwrap(TestClient(port: server.port))
            client.send(bytes)
            let response = client.readResponse()
            XCTAssertEqual(response?.status, status, bytes.debugDescription.prefix(80).description)
            XCTAssertEqual(response?.header("Connection"), "close")
            XCTAssertEqual(response?.header("Content-Type"), "text/plain; charset=utf-8")
            XCTAssertTrue(client.isClosedByPeer(), "connection closes after \(status)")
        }
        let healthy = try XCTUnwrap(TestClient(port: server.port))
        healthy.send("GET /still-ok HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertEqual(healthy.readResponse()?.text, "path=/still-ok")
    }

    func testResponsesTheServerWritesItselfCarryTheConfiguredDefaultHeaders() throws {
        server = try startServer { configuration in
            configuration.defaultResponseHeaders = HTTPHeaders([("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY")])
            configuration.maxBodyBytes = 10
            configuration.headerReadTimeout = .milliseconds(300)
        }
        let cases: [(String, Int)] = [
            ("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: t\r\n", 408),
            ("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n", 413),
            ("GET / HTTP/1.1\r\nHost: t\r\nX: \(String(repeating: "a", count: 9000))\r\n\r\n", 431),
            ("BREW / HTTP/1.1\r\nHost: t\r\n\r\n", 501),
            ("GET / HTTP/3.0\r\nHost: t\r\n\r\n", 505),
        ]
        for (bytes, status) in cases {
            let client = try XCTUnwrap(TestClient(port: server.port))
            client.send(bytes)
            let response = client.readResponse()
            XCTAssertEqual(response?.status, status)
            XCTAssertEqual(response?.header("X-Content-Type-Options"), "nosniff", "\(status)")
            XCTAssertEqual(response?.header("X-Frame-Options"), "DENY", "\(status)")
            XCTAssertEqual(response?.header("Content-Type"), "text/plain; charset=utf-8", "the server's own type wins")
        }
        let page = try XCTUnwrap(TestClient(port: server.port))
        page.send("GET /page HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertNil(page.readResponse()?.header("X-Frame-Options"), "a handler's response is the handler's to decorate")
    }

    func testHeaderSentTooSlowlyIsAnswered408AndClosedByTheDeadline() throws {
        server = try startServer { $0.headerReadTimeout = .seconds(1) }
        let client = try XCTUnwrap(TestClient(port: server.port, timeout: .seconds(3)))
        let start = ContinuousClock.now
        client.send("GET / HTTP/1.1\r\n")
        for _ in 0..<3 {
            usleep(200_000)
            client.send("X")
        }
        let response = try XCTUnwrap(client.readResponse())
        let elapsed = start.duration(to: .now)
        XCTAssertEqual(response.status, 408)
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(950))
        XCTAssertLessThan(elapsed, .milliseconds(1800))
        XCTAssertTrue(client.isClosedByPeer())
        // A silent connection is closed without an answer.
        let silent = try XCTUnwrap(TestClient(port: server.port, timeout: .seconds(3)))
        XCTAssertTrue(silent.isClosedByPeer())
        XCTAssertTrue(silent.buffered.isEmpty)
    }

    func testExpectContinueGets100ThenTheResponse() throws {
        server = try startServer(handler: { request in .text("got \(request.body.count)") })
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("PUT /f HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 100)
        client.send("hello")
        XCTAssertEqual(client.readResponse()?.text, "got 5")
    }

    func testHTTP10RequestIsAnsweredAndClosed() throws {
        server = try startServer()
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET /old HTTP/1.0\r\n\r\n")
        let response = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(response.text, "path=/old")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testAccessLogHasOneLinePerRequestWithoutQueryValues() throws {
        let lines = Mutex<[String]>([])
        server = try startServer({ configuration in
            configuration.accessLog = true
            configuration.accessLogSink = { batch in lines.withLock { $0.append(contentsOf: batch) } }
        }, handler: { request in
            XCTAssertEqual(request.requestID.count, 8)
            XCTAssertEqual(request.remoteAddress, "127.0.0.1")
            return .text("secret-free", status: 201)
        })
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET /search?email=someone%40example.test HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 201)
        client.send("GET / HTTP/1.1\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 400)
        // A loop writes its pass's lines after answering them, so the last may trail the answer.
        let deadline = ContinuousClock.now + .seconds(2)
        while lines.withLock({ $0.count }) < 2 && ContinuousClock.now < deadline { usleep(5_000) }
        let logged = lines.withLock { $0 }
        XCTAssertEqual(logged.count, 2)
        let fields = logged[0].split(separator: " ").map(String.init)
        XCTAssertEqual(fields.count, 9, logged[0])
        XCTAssertEqual(Array(fields[1...2]), ["level=info", "event=request"])
        let id = fields[3].dropFirst(3)
        XCTAssertTrue(fields[3].hasPrefix("id=") && id.count == 8 && id.allSatisfy(\.isHexDigit), logged[0])
        XCTAssertEqual(Array(fields[4...7]), ["method=GET", "path=/search", "status=201", "bytes=11"])
        XCTAssertTrue(fields[8].hasPrefix("ms="))
        XCTAssertFalse(logged[0].contains("example"))
        XCTAssertTrue(logged[1].contains(" status=400 "))
    }
}
