import HTTP
import InductTestSupport
import Web
import XCTest

/// Issue 7 item 17: anonymous visits cost nothing lasting. Visitors' forms carry a signed token tied
/// to an HttpOnly cookie instead of a session row; the sign-in form is still protected.
final class VisitorCSRFTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
    }

    private func sessionRows() throws -> Int { try records.count("SELECT count(*) FROM sessions") }

    func testAThousandCookielessSignInPagesLeaveTheSessionsTableAsItWas() throws {
        let before = try sessionRows()
        for _ in 0..<1000 {
            let response = TestResponse(application.handle(HTTPRequest(method: "GET", target: "/sign-in", path: "/sign-in",
                                                                       headers: HTTPHeaders([("Host", "localhost")]))))
            XCTAssertEqual(response.status, 200)
            XCTAssertNotNil(response.csrfToken, "the form is still protected")
        }
        XCTAssertEqual(try sessionRows(), before)
        for path in ["/forgot-password", "/register-school"] {
            XCTAssertEqual(TestSession(application).get(path).status, 200, path)
        }
        XCTAssertEqual(try sessionRows(), before, "nor do the other visitors' forms")
    }

    func testTheVisitorsCookieIsHttpOnlyLaxAndTheFormCarriesItsSignatureNotItsValue() throws {
        let session = TestSession(application)
        let page = session.get("/sign-in")
        let header = try XCTUnwrap(page.setCookies.first { $0.hasPrefix("induct_csrf=") }, "\(page.setCookies)")
        XCTAssertEqual(Set(header.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }),
                       ["Path=/", "HttpOnly", "SameSite=Lax"])
        let cookie = try XCTUnwrap(session.cookies["induct_csrf"])
        let token = try XCTUnwrap(page.csrfToken)
        XCTAssertGreaterThanOrEqual(cookie.count, 43)
        XCTAssertNotEqual(token, cookie)
        XCTAssertFalse(page.text.contains(cookie), "the cookie's value is not on the page")
        XCTAssertNil(session.sessionToken, "no session cookie before sign-in")
        XCTAssertEqual(session.get("/sign-in").csrfToken, token, "the same token on the next page, so two tabs both work")
        XCTAssertTrue(session.get("/sign-in").setCookies.isEmpty, "the cookie is set once")
    }

    func testSignInNeedsTheTokenOfTheVisitorsOwnCookie() throws {
        let credentials = [("email", "ab-officer@pennine.example"), ("password", TestEnvironment.demoPassword)]
        let victim = TestSession(application)
        victim.get("/sign-in")
        let attacker = TestSession(application)
        attacker.get("/sign-in")
        let attackersToken = try XCTUnwrap(attacker.csrfToken)
        let before = try sessionRows()

        XCTAssertEqual(victim.post("/sign-in", form: credentials, csrf: .none).status, 403, "no token")
        XCTAssertEqual(victim.post("/sign-in", form: credentials, csrf: .value(attackersToken)).status, 403, "another visitor's token")
        XCTAssertEqual(victim.post("/sign-in", form: credentials, csrf: .value(try XCTUnwrap(victim.cookies["induct_csrf"]))).status, 403,
                       "the cookie's own value is not the token")
        let cookieless = TestSession(application)
        XCTAssertEqual(cookieless.post("/sign-in", form: credentials, csrf: .value(attackersToken)).status, 403, "a token without its cookie")
        let otherServer = TestSession(try TestEnvironment.makeApplication(database: application.database))
        otherServer.setCookie("induct_csrf", victim.cookies["induct_csrf"])
        XCTAssertEqual(otherServer.post("/sign-in", form: credentials, csrf: .value(try XCTUnwrap(victim.csrfToken))).status, 403,
                       "signed with this server's key only")
        XCTAssertEqual(try sessionRows(), before, "no refusal made a session")
        XCTAssertGreaterThanOrEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'csrf.rejected'"), 5)

        XCTAssertEqual(victim.post("/sign-in", form: [("email", "ab-officer@pennine.example"), ("password", "wrong-password-1")]).status, 422)
        XCTAssertEqual(try sessionRows(), before, "a failed sign-in leaves no row either")
        let signedIn = victim.post("/sign-in", form: credentials)
        XCTAssertEqual(signedIn.status, 303, signedIn.text)
        XCTAssertEqual(try sessionRows(), before + 1, "the row is made at sign-in")
        XCTAssertEqual(victim.get("/ab").status, 200)
    }
}
