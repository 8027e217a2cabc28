import Foundation
import Glibc
import XCTest
@testable import HTTP

final class LiveShutdownTests: XCTestCase {
    func testGracefulShutdownFinishesTheRequestInFlightAndRefusesNewConnections() throws {
        let started = DispatchSemaphore(value: 0)
        let server = try startServer(handler: { request in
            started.signal()
            usleep(500_000)
            return .text("finished \(request.path)")
        })
        let port = server.port
        let idle = try XCTUnwrap(TestClient(port: port))
        let busy = try XCTUnwrap(TestClient(port: port))
        busy.send("GET /work HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertEqual(started.wait(timeout: .now() + 5), .success)

        let begin = ContinuousClock.now
        server.shutdown()
        let took = begin.duration(to: .now)

        let response = try XCTUnwrap(busy.readResponse())
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "finished /work")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(busy.isClosedByPeer())
        XCTAssertTrue(idle.isClosedByPeer(), "idle keep-alive connections are closed")
        XCTAssertNil(TestClient(port: port), "new connections are refused after shutdown")
        XCTAssertGreaterThanOrEqual(took, .milliseconds(400), "shutdown waited for the handler")
        XCTAssertLessThan(took, .seconds(5))
        server.waitUntilStopped()
    }

    func testGraceExpiryStopsTheServerEvenIfAHandlerIsStuck() throws {
        let server = try startServer({ $0.shutdownGracePeriod = .milliseconds(500) }, handler: { _ in
            usleep(3_000_000)
            return .text("too late")
        })
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        usleep(100_000)
        let begin = ContinuousClock.now
        server.shutdown()
        XCTAssertLessThan(begin.duration(to: .now), .milliseconds(1500))
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testSIGTERMTriggersGracefulShutdown() throws {
        let server = try startServer()
        server.installSignalHandlers()
        defer {
            signal(SIGTERM, SIG_DFL)
            signal(SIGINT, SIG_DFL)
        }
        let client = try XCTUnwrap(TestClient(port: server.port))
        client.send("GET /before HTTP/1.1\r\nHost: t\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.text, "path=/before")
        let begin = ContinuousClock.now
        kill(getpid(), SIGTERM)
        server.waitUntilStopped()
        XCTAssertLessThan(begin.duration(to: .now), .seconds(5))
        XCTAssertNil(TestClient(port: server.port))
    }

    func testStartFailsClearlyWhenThePortIsTaken() throws {
        let first = try startServer()
        defer { first.shutdown() }
        var configuration = ServerConfiguration()
        configuration.port = first.port
        let second = HTTPServer(configuration: configuration) { _ in .text("") }
        XCTAssertThrowsError(try second.start()) { error in
            XCTAssertTrue("\(error)".contains("cannot listen"), "\(error)")
        }
    }
}
