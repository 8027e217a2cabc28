import Foundation
import InductTestSupport
import XCTest

/// Issue 7, item 20, through the real `induct serve`: the answers the HTTP layer writes itself
/// (a bad Host, a lowercase or unknown method) carry the pages' security headers as the command
/// configures them, and HSTS as well once the public address is https.
final class LiveServeWiringTests: XCTestCase {
    private var folder = ""
    private var database = ""
    private var induct: InductProcess?

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "induct-wiring-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = folder + "/induct.sqlite"
        let migrated = try InductProcess.run(["migrate", "--db", database])
        XCTAssertEqual(migrated.status, 0, migrated.output)
    }

    override func tearDown() {
        induct?.terminate()
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func refusals(_ extra: [String] = []) throws -> [(request: String, reply: RawHTTP.Reply)] {
        induct = try InductProcess(serving: database, extra: extra)
        let port = try XCTUnwrap(induct?.port)
        return try ["GET /sign-in HTTP/1.1\r\nHost: bad host\r\n\r\n",
                    "get /sign-in HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "BREW /sign-in HTTP/1.1\r\nHost: localhost\r\n\r\n"].map { request in
            (request, try RawHTTP.exchange(port: port, bytes: Array(request.utf8), timeoutSeconds: 10))
        }
    }

    func testTheServersOwnRefusalsCarryTheSecurityHeadersTheCommandConfigures() throws {
        let replies = try refusals()
        XCTAssertEqual(replies.map(\.reply.status), [400, 400, 501])
        for (request, reply) in replies {
            let head = reply.head.lowercased()
            for header in ["content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
                           "x-frame-options: deny", "referrer-policy: strict-origin-when-cross-origin"] {
                XCTAssertTrue(head.contains(header), "\(header) on the answer to \(request.debugDescription): \(reply.head)")
            }
            XCTAssertFalse(head.contains("strict-transport-security"), "no HSTS over plain http")
        }
    }

    func testOverHTTPSTheyCarryHSTSToo() throws {
        for (request, reply) in try refusals(["--base-url", "https://induct.example"]) {
            XCTAssertTrue(reply.head.lowercased().contains("strict-transport-security: max-age=31536000; includesubdomains"),
                          "HSTS on the answer to \(request.debugDescription): \(reply.head)")
        }
    }
}
