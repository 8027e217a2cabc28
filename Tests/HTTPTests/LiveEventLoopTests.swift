import Dispatch
import Foundation
import Glibc
import Synchronization
import XCTest
@testable import HTTP

/// Several event loops on one listener, answering GETs on the loop thread and POSTs on workers.
final class LiveEventLoopTests: XCTestCase {
    private var server: HTTPServer!

    override func tearDown() {
        server?.shutdown()
        server = nil
    }

    private func startTwoLoops(_ configure: (inout ServerConfiguration) -> Void = { _ in },
                               handler: @escaping HTTPHandler = LiveEventLoopTests.threadNaming) throws -> HTTPServer {
        try startServer({
            $0.eventLoopCount = 2
            $0.answersOnLoop = { method, _ in method == "GET" }
            configure(&$0)
        }, handler: handler)
    }

    /// Answers with the name of the thread that ran the handler.
    static let threadNaming: HTTPHandler = { request in
        let name = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? "?"
        return .text("\(request.method) \(request.path) on \(name.trimmingCharacters(in: .newlines))")
    }

    func testGetsAreAnsweredOnALoopThreadAndPostsOnAWorker() throws {
        server = try startTwoLoops()
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET /page HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertTrue(try XCTUnwrap(client.readResponse()?.text).hasPrefix("GET /page on http-loop-"))
        client.send("POST /form HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n")
        XCTAssertTrue(try XCTUnwrap(client.readResponse()?.text).hasPrefix("POST /form on http-worker-"))
    }

    func testPipelinedMixOfLoopAndWorkerRequestsIsAnsweredInOrder() throws {
        server = try startTwoLoops(handler: { request in
            if request.method == "POST" { usleep(100_000) }
            return .text("\(request.method) \(request.path)")
        })
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET /a HTTP/1.1\r\nHost: t\r\n\r\nPOST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n"
                    + "GET /c HTTP/1.1\r\nHost: t\r\n\r\nGET /d HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.text, "GET /a")
        XCTAssertEqual(client.readResponse()?.text, "POST /b")
        XCTAssertEqual(client.readResponse()?.text, "GET /c")
        XCTAssertEqual(client.readResponse()?.text, "GET /d")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testThousandsOfPipelinedGetsAnsweredOnTheLoopDoNotRecurse() throws {
        server = try startTwoLoops(handler: { request in .text(request.path) })
        let client = try XCTUnwrap(TestClient(port: server.port, timeout: .seconds(10)))
        let count = 5000
        let batch = (0..<count).map { "GET /\($0) HTTP/1.1\r\nHost: t\r\n\r\n" }.joined()
        // Sent from another thread while this one reads, so neither side's socket buffer fills up.
        nonisolated(unsafe) let sending = client
        let sender = Thread { sending.send(batch) }
        sender.start()
        for index in 0..<count {
            guard let response = client.readResponse() else { return XCTFail("no answer to request \(index)") }
            XCTAssertEqual(response.text, "/\(index)")
        }
    }

    func testConcurrentClientsAreSpreadOverBothLoopsAndAllAnswered() throws {
        server = try startTwoLoops()
        let port = server.port
        let threads = Mutex(Set<String>())
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            guard let client = TestClient(port: port) else { failures.add(1, ordering: .relaxed); return }
            for index in 0..<50 {
                client.send("GET /\(index) HTTP/1.1\r\nHost: t\r\n\r\n")
                guard let text = client.readResponse()?.text, text.hasPrefix("GET /\(index) on ") else {
                    failures.add(1, ordering: .relaxed)
                    return
                }
                threads.withLock { _ = $0.insert(String(text.split(separator: " ").last!)) }
                usleep(200)
            }
        }
        XCTAssertEqual(failures.load(ordering: .relaxed), 0)
        XCTAssertEqual(threads.withLock { $0 }, ["http-loop-0", "http-loop-1"], "both loops took connections")
    }

    func testShutdownWithTwoLoopsRefusesNewConnectionsAndClosesIdleOnes() throws {
        server = try startTwoLoops()
        let port = server.port
        let idle = (0..<6).compactMap { _ in TestClient(port: port) }
        XCTAssertEqual(idle.count, 6)
        idle[0].send("GET /x HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertNotNil(idle[0].readResponse())
        server.shutdown()
        for client in idle { XCTAssertTrue(client.isClosedByPeer()) }
        XCTAssertNil(TestClient(port: port), "new connections are refused after shutdown")
        server.waitUntilStopped()
        server = nil
    }

    func testTheConnectionLimitIsSharedOutAmongTheLoops() throws {
        // 4 connections over 2 loops: at most 2 open on each; each new one sheds an idle one on its loop.
        server = try startTwoLoops { $0.maxConnections = 4; $0.sheddingGracePeriod = .zero }
        var clients: [TestClient] = []
        for index in 0..<12 {
            let client = try XCTUnwrap(TestClient(port: server.port, timeout: .milliseconds(300)))
            client.send("GET /\(index) HTTP/1.1\r\nHost: t\r\n\r\n")
            XCTAssertNotNil(client.readResponse(), "connection \(index) is served")
            clients.append(client)
            usleep(20_000)
        }
        let open = clients.filter { !$0.isClosedByPeer() }.count
        XCTAssertLessThanOrEqual(open, 4, "never more open than the limit")
        XCTAssertGreaterThanOrEqual(open, 2, "the newest connections are kept")
    }
}
