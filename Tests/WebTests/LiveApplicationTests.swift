import HTTP
import InductTestSupport
import Web
import XCTest

/// The whole application on a real socket on port 0.
final class LiveApplicationTests: XCTestCase {
    private var server: HTTPServer!

    override func setUpWithError() throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.accessLog = false
        configuration.defaultResponseHeaders = SecurityHeadersMiddleware.serverResponseHeaders(publicURLIsHTTPS: false)
        configuration.eventLoopCount = 2
        Application.shape(&configuration)
        server = HTTPServer(configuration: configuration, handler: try TestEnvironment.makeApplication().handler)
        try server.start()
    }

    override func tearDown() {
        server?.shutdown()
    }

    private func request(_ method: String, _ path: String, headers: [String] = [], body: String = "") throws -> RawHTTP.Reply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        for header in headers { head += header + "\r\n" }
        if method == "POST" { head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n" }
        return try RawHTTP.exchange(port: server.port, bytes: Array((head + "\r\n" + body).utf8))
    }

    private func get(_ path: String, cookie: String? = nil) throws -> RawHTTP.Reply {
        try request("GET", path, headers: cookie.map { ["Cookie: \($0)"] } ?? [])
    }

    /// "name=value" of the reply's session cookie, or of another cookie.
    private func sessionCookie(_ reply: RawHTTP.Reply, name: String = "induct_session") -> String? {
        let line = reply.head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: \(name)=") }
        return line.flatMap { $0.dropFirst("set-cookie: ".count).split(separator: ";").first.map(String.init) }
    }

    func testHealthzAnswersOkOverTheSocket() throws {
        let reply = try get("/healthz")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.text, "ok")
    }

    func testSignInOverTheSocketThenTheECTListListsTheSeededECTs() throws {
        let anonymous = try get("/ects")
        XCTAssertEqual(anonymous.status, 303)
        XCTAssertTrue(anonymous.head.contains("Location: /sign-in?next=/ects"), anonymous.head)
        XCTAssertFalse(anonymous.text.contains("Amelia Hartley"))

        let form = try get("/sign-in")
        XCTAssertNil(sessionCookie(form), "a visitor gets no session")
        let visitorCookie = try XCTUnwrap(sessionCookie(form, name: "induct_csrf"), form.head)
        let csrf = try XCTUnwrap(HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: form.text))
        let signedIn = try request("POST", "/sign-in", headers: ["Cookie: \(visitorCookie)", "Origin: http://localhost"],
                                   body: "_csrf=\(csrf)&email=ab-admin%40pennine.example&password=\(TestEnvironment.demoPassword)")
        XCTAssertEqual(signedIn.status, 303, signedIn.text)
        XCTAssertTrue(signedIn.head.contains("Location: /ab"), signedIn.head)
        let cookie = try XCTUnwrap(sessionCookie(signedIn))
        XCTAssertNotEqual(cookie, visitorCookie, "a new session token at sign-in")

        let reply = try get("/ects", cookie: cookie)
        XCTAssertEqual(reply.status, 200)
        XCTAssertTrue(reply.text.contains("Amelia Hartley"))
        XCTAssertTrue(reply.head.lowercased().contains("content-security-policy: default-src 'self'"))
        let visitorOnly = try get("/ects", cookie: visitorCookie)
        XCTAssertEqual(visitorOnly.status, 303, "the visitor's CSRF cookie signs nobody in")
    }

    func testTheServersOwnRefusalsCarryThePagesSecurityHeadersAndComeBeforeCSRF() throws {
        let refusals: [(String, Int)] = [("GET /healthz HTTP/1.1\r\nHost: local host\r\n\r\n", 400),
                                         ("BREW /sign-in HTTP/1.1\r\nHost: localhost\r\n\r\n", 501),
                                         ("post /sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n", 400)]
        for (bytes, status) in refusals {
            let reply = try RawHTTP.exchange(port: server.port, bytes: Array(bytes.utf8))
            XCTAssertEqual(reply.status, status, bytes)
            let head = reply.head.lowercased()
            XCTAssertTrue(head.contains("content-security-policy: default-src 'self'"), reply.head)
            XCTAssertTrue(head.contains("x-content-type-options: nosniff"), reply.head)
            XCTAssertTrue(head.contains("x-frame-options: deny"), reply.head)
            XCTAssertTrue(head.contains("cache-control: no-store"), reply.head)
        }
    }

    func testTheServerAdmitsTwoMebibytesOnlyForTheImportRoutes() throws {
        let body = String(repeating: "x", count: 1_500_000)
        let importing = try request("POST", "/ab/ect-imports", body: body)
        XCTAssertEqual(importing.status, 403, "past the server's 1 MiB default, to the CSRF check")
        let signIn = try request("POST", "/sign-in", body: body)
        XCTAssertEqual(signIn.status, 413)
        XCTAssertTrue(signIn.head.lowercased().contains("x-frame-options: deny"))
    }

    func testMalformedPercentEscapeIs400NotACrash() throws {
        XCTAssertEqual(try get("/ects%zz").status, 400)
        XCTAssertEqual(try get("/healthz").status, 200, "still serving")
    }
}
