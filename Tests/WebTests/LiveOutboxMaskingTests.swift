import Foundation
import InductTestSupport
import SQLite
import XCTest

/// Issue 7, item 21, through the real `induct serve`: with `--sendmail` set, the AB admin reading
/// the outbox sees no usable one-time link; without it (the demo), the link is shown.
final class LiveOutboxMaskingTests: XCTestCase {
    private var folder = ""
    private var database = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "induct-outbox-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = folder + "/induct.sqlite"
        let seeded = try InductProcess.run(["demo", "--db", database, "--accounts-csv", folder + "/accounts.csv"])
        XCTAssertEqual(seeded.status, 0, seeded.output)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A visitor asks for a password reset; the AB admin signs in and opens that email in the outbox.
    private func resetEmailAsTheAdminSeesIt(serving extra: [String]) throws -> String {
        let induct = try InductProcess(serving: database, extra: extra)
        defer { induct.terminate() }
        let origin = "http://127.0.0.1:\(induct.port)"
        func form(_ path: String) throws -> (cookie: String, token: String) {
            let page = try Curl.request([origin + path])
            let cookie = try XCTUnwrap(page.cookie("induct_csrf"), "\(page.values("Set-Cookie"))")
            return (String(cookie.split(separator: ";")[0]), try XCTUnwrap(HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: page.body)))
        }
        func post(_ path: String, _ fields: [String]) throws -> Curl.Reply {
            let visitor = try form(path)
            return try Curl.request(["-H", "Cookie: \(visitor.cookie)", "-H", "Origin: \(origin)", "--data-urlencode", "_csrf=\(visitor.token)"]
                                    + fields.flatMap { ["--data-urlencode", $0] } + [origin + path])
        }
        XCTAssertEqual(try post("/forgot-password", ["email=mentor@107512.schools.example"]).status, 200)
        let signedIn = try post("/sign-in", ["email=ab-admin@pennine.example", "password=induct-demo-2026"])
        XCTAssertEqual(signedIn.status, 303, signedIn.body)
        let session = try XCTUnwrap(signedIn.cookie("induct_session")).split(separator: ";")[0]
        let id = try XCTUnwrap(try Database(path: database, readerCount: 1).read {
            try $0.queryOne("SELECT id FROM outbox_messages WHERE body LIKE '%/reset-password/%' ORDER BY id DESC")?.int("id")
        })
        let page = try Curl.request(["-H", "Cookie: \(session)", origin + "/admin/outbox/\(id)"])
        XCTAssertEqual(page.status, 200)
        return page.body
    }

    func testWithSendmailTheLinkIsHiddenAndWithoutItTheDemoShowsIt() throws {
        let delivered = try resetEmailAsTheAdminSeesIt(serving: ["--sendmail", "/bin/true"])
        XCTAssertFalse(delivered.contains("/reset-password/"), "no usable link once a mail command delivers it")
        XCTAssertTrue(delivered.contains("[link sent by email]"))
        let demo = try resetEmailAsTheAdminSeesIt(serving: [])
        XCTAssertTrue(demo.contains("/reset-password/"), "the demo without a mail command shows the link")
    }
}
