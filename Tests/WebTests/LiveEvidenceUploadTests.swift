import HTTP
import InductTestSupport
import Web
import XCTest

/// Issue 9 item 4 over a real socket: the server lets an evidence upload of up to 10 MB past its
/// 1 MiB default, and refuses a larger one before the application sees it.
final class LiveEvidenceUploadTests: XCTestCase {
    private static let boundary = "----induct-live-evidence"
    private var server: HTTPServer!
    private var application: Application!

    override func setUpWithError() throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.accessLog = false
        configuration.bodyLimitForPath = Application.bodyLimit(forPath:)
        application = try TestEnvironment.makeApplication()
        server = HTTPServer(configuration: configuration, handler: application.handler)
        try server.start()
    }

    override func tearDown() {
        server?.shutdown()
    }

    private func cookie(_ reply: RawHTTP.Reply, _ name: String) -> String? {
        let line = reply.head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: \(name)=") }
        return line.flatMap { $0.dropFirst("set-cookie: ".count).split(separator: ";").first.map(String.init) }
    }

    private func send(_ head: String, _ body: [UInt8] = []) throws -> RawHTTP.Reply {
        try RawHTTP.exchange(port: server.port, bytes: Array((head + "\r\n").utf8) + body)
    }

    func testATenMegabyteFileIsAcceptedAndALargerOneRefusedWith413() throws {
        let records = DemoRecords(application.database)
        let reportID = try records.makeSharedReport(ectID: try records.count("SELECT id FROM ects WHERE trn = '3012458'"),
                                                    time: TestEnvironment.fixedTime)
        let form = try send("GET /sign-in HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
        let visitor = try XCTUnwrap(cookie(form, "induct_csrf"))
        let csrf = try XCTUnwrap(HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: form.text))
        let body = "_csrf=\(csrf)&email=david.greenwood%40107512.schools.example&password=\(TestEnvironment.demoPassword)"
        let signedIn = try send("POST /sign-in HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: \(visitor)\r\nOrigin: http://localhost\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n", Array(body.utf8))
        let session = try XCTUnwrap(cookie(signedIn, "induct_session"), signedIn.head)
        let page = try send("GET /reports/\(reportID) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: \(session)\r\n")
        let token = try XCTUnwrap(HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: page.text))

        func upload(_ size: Int) throws -> RawHTTP.Reply {
            var file = DemoRecords.pdf("size \(size)")
            file += Array(repeating: UInt8(ascii: " "), count: size - file.count)
            var multipart = Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n".utf8)
            multipart += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
            multipart += file + Array("\r\n--\(Self.boundary)--\r\n".utf8)
            return try send("POST /reports/\(reportID)/evidence HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: \(session)\r\n"
                            + "Origin: http://localhost\r\nContent-Type: multipart/form-data; boundary=\(Self.boundary)\r\n"
                            + "Content-Length: \(multipart.count)\r\n", multipart)
        }
        let accepted = try upload(10 * 1024 * 1024)
        XCTAssertEqual(accepted.status, 303, accepted.text)
        XCTAssertEqual(try records.count("SELECT byte_count FROM evidence_files"), 10 * 1024 * 1024)
        XCTAssertEqual(try upload(11 * 1024 * 1024).status, 413)
    }
}
