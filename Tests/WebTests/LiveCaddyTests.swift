import Foundation
import InductTestSupport
import SQLite
import XCTest

/// `induct serve --trusted-proxy 127.0.0.1` behind a real Caddy terminating TLS on loopback, as
/// docs/deployment.md sets it up. The client speaks from 127.0.0.2 so that its address differs from
/// the proxy's: Induct can only learn it from the X-Forwarded-For header Caddy writes.
final class LiveCaddyTests: XCTestCase {
    private static let client = "127.0.0.2"
    private var folder = ""
    private var database = ""
    private var email = ""
    private var induct: InductProcess?
    private var caddy: CaddyProcess?

    private var origin: String { "https://localhost:\(caddy?.httpsPort ?? 0)" }

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "induct-caddy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = folder + "/induct.sqlite"
        let seeded = try InductProcess.run(["demo", "--db", database, "--accounts-csv", folder + "/accounts.csv"])
        XCTAssertEqual(seeded.status, 0, seeded.output)
        let accounts = try String(contentsOfFile: folder + "/accounts.csv", encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        email = try XCTUnwrap(accounts.first { $0.first == "ab_admin" }.map { String($0[1]) }, "no ab_admin in the demo accounts")
        let httpsPort = try CaddyProcess.freePort()
        induct = try InductProcess(serving: database, extra: ["--trusted-proxy", "127.0.0.1", "--base-url", "https://localhost:\(httpsPort)"])
        caddy = try CaddyProcess(folder: folder, httpsPort: httpsPort, upstreamPort: induct!.port)
    }

    override func tearDown() {
        caddy?.terminate()
        induct?.terminate()
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func viaCaddy(_ path: String, _ arguments: [String] = []) throws -> Curl.Reply {
        let caddy = try XCTUnwrap(caddy)
        return try Curl.request(["--cacert", caddy.rootCertificate, "--interface", Self.client,
                                 "--resolve", "localhost:\(caddy.httpsPort):127.0.0.1"] + arguments + [origin + path])
    }

    private func straightToInduct(_ path: String, _ arguments: [String]) throws -> Curl.Reply {
        try Curl.request(["--interface", Self.client] + arguments + ["http://127.0.0.1:\(try XCTUnwrap(induct).port)" + path])
    }

    private func signInForm() throws -> (cookie: String, token: String) {
        let page = try viaCaddy("/sign-in", ["-H", "X-Forwarded-For: 203.0.113.9"])
        XCTAssertEqual(page.status, 200)
        let cookie = try XCTUnwrap(page.cookie("__Host-csrf"), "visitor CSRF cookie: \(page.values("Set-Cookie"))")
        let token = try XCTUnwrap(HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: page.body))
        return (String(cookie.split(separator: ";")[0]), token)
    }

    private func postSignIn(password: String) throws -> Curl.Reply {
        let form = try signInForm()
        return try viaCaddy("/sign-in", ["-H", "Cookie: \(form.cookie)", "-H", "Origin: \(origin)",
                                         "-H", "X-Forwarded-For: 203.0.113.9",
                                         "--data-urlencode", "_csrf=\(form.token)", "--data-urlencode", "email=\(email)",
                                         "--data-urlencode", "password=\(password)"])
    }

    func testPagesOverCaddysHTTPSCarryHSTSAndSecureHostCookies() throws {
        let health = try viaCaddy("/healthz")
        XCTAssertEqual(health.status, 200)
        XCTAssertEqual(health.values("Strict-Transport-Security"), ["max-age=31536000; includeSubDomains"])

        let page = try viaCaddy("/sign-in")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.values("Strict-Transport-Security"), ["max-age=31536000; includeSubDomains"])
        let visitor = try XCTUnwrap(page.cookie("__Host-csrf"), "\(page.values("Set-Cookie"))")
        XCTAssertTrue(visitor.contains("; Secure"), visitor)

        let signedIn = try postSignIn(password: "induct-demo-2026")
        XCTAssertEqual(signedIn.status, 303, signedIn.body)
        XCTAssertEqual(signedIn.values("Strict-Transport-Security"), ["max-age=31536000; includeSubDomains"])
        let session = try XCTUnwrap(signedIn.cookie("__Host-session"), "\(signedIn.values("Set-Cookie"))")
        for attribute in ["; Path=/", "; HttpOnly", "; Secure", "; SameSite=Lax"] {
            XCTAssertTrue(session.contains(attribute), "\(attribute) missing from \(session)")
        }
        XCTAssertNil(signedIn.cookie("induct_session"))
    }

    func testTheThrottleCountsTheClientCaddyForwardedNotTheProxyOrASpoofedHeader() throws {
        let refused = try postSignIn(password: "not-the-password")
        XCTAssertEqual(refused.status, 422, refused.body)
        let keys = try Database(path: database, readerCount: 1).read { connection in
            try connection.query("SELECT key FROM sign_in_throttles WHERE key LIKE 'address:%' ORDER BY key").map { try $0.string("key") }
        }
        XCTAssertEqual(keys, ["address:\(Self.client)"])
    }

    func testAClientReachingInductDirectlyCannotClaimHTTPS() throws {
        let page = try straightToInduct("/sign-in", ["-H", "X-Forwarded-Proto: https", "-H", "X-Forwarded-For: 203.0.113.9"])
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.values("Strict-Transport-Security"), [])
        XCTAssertNil(page.cookie("__Host-csrf"))
        let visitor = try XCTUnwrap(page.cookie("induct_csrf"), "\(page.values("Set-Cookie"))")
        XCTAssertFalse(visitor.contains("Secure"), visitor)
    }

    func testTheServersOwnErrorAnswersCarryHSTSWhenThePublicAddressIsHTTPS() throws {
        let missingHost = try straightToInduct("/sign-in", ["-H", "Host:"])
        XCTAssertEqual(missingHost.status, 400)
        XCTAssertEqual(missingHost.values("Strict-Transport-Security"), ["max-age=31536000; includeSubDomains"])
        XCTAssertEqual(missingHost.values("X-Content-Type-Options"), ["nosniff"])
    }
}
