import HTTP
import Induction
import InductTestSupport
import SQLite
import Web
import XCTest

final class ApplicationRoutingTests: XCTestCase {
    private func get(_ path: String, method: String = "GET", application: Application? = nil,
                     remoteAddress: String = "127.0.0.1", headers: [(String, String)] = []) throws -> HTTPResponse {
        let app = try application ?? TestEnvironment.makeApplication()
        return app.handle(HTTPRequest(method: method, target: path, path: path, headers: HTTPHeaders([("Host", "localhost")] + headers),
                                      remoteAddress: remoteAddress, requestID: "test1234"))
    }

    private func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    /// A session signed in as the demo AB admin (without the slow password check).
    private func signedInAsAdmin(_ application: Application? = nil) throws -> TestSession {
        let session = TestSession(try application ?? TestEnvironment.makeApplication())
        try session.adoptSession(userID: try DemoRecords(session.application.database).userID(email: "ab-admin@pennine.example"))
        return session
    }

    func testECTListShowsEverySeededECTGroupedBySchool() throws {
        let response = try signedInAsAdmin().get("/ects")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "text/html; charset=utf-8")
        let html = response.text
        for name in ["Amelia Hartley", "Priya Chauhan", "Fatima Begum", "Chloé Dubois-Smith", "Yusuf Rahman"] {
            XCTAssertTrue(html.contains(name), name)
        }
        XCTAssertTrue(html.contains("12 ECTs at 3 schools"))
        XCTAssertTrue(html.contains("Jack O&#39;Connor"), "apostrophes are escaped")
        XCTAssertTrue(html.contains("St Aidan&#39;s C of E High School"))
        XCTAssertTrue(html.contains("1 September 2025"), "dates in UK format")
        XCTAssertTrue(html.contains("Part time (0.5 FTE)"))
        let calder = try XCTUnwrap(html.range(of: "Calder Valley"))
        let holme = try XCTUnwrap(html.range(of: "Holme Moss"))
        XCTAssertLessThan(calder.lowerBound, holme.lowerBound, "schools by name")
    }

    func testECTListAndABHomeSendVisitorsToSignInAndComeBackAfterwards() throws {
        for path in ["/ects", "/ab"] {
            let response = try get(path)
            XCTAssertEqual(response.status, 303, path)
            XCTAssertEqual(response.headers["Location"], "/sign-in?next=" + path, path)
            XCTAssertFalse(text(response).contains("Amelia Hartley"), path)
        }
        let session = TestSession(try TestEnvironment.makeApplication())
        session.get("/sign-in?next=/ects")
        let signedIn = session.post("/sign-in?next=/ects", form: [("email", "ab-officer@pennine.example"),
                                                                   ("password", TestEnvironment.demoPassword)])
        XCTAssertEqual(signedIn.status, 303)
        XCTAssertEqual(signedIn.location, "/ects", "back to the page that asked for sign-in")
        XCTAssertTrue(session.get("/ects").text.contains("Amelia Hartley"))
    }

    func testEmptyDatabaseSaysSoInsteadOfFailing() throws {
        let database = try TestEnvironment.makeDatabase(seeded: false)
        let userID = try database.write { c -> Int in
            try c.run("INSERT INTO users (name, email, created_at) VALUES ('Only Admin', 'admin@example.org', '2026-01-01T00:00:00Z')")
            let id = Int(c.lastInsertRowID)
            try c.run("INSERT INTO role_grants (user_id, role, created_at) VALUES (?, 'ab_admin', '2026-01-01T00:00:00Z')", [id])
            return id
        }
        let session = TestSession(try TestEnvironment.makeApplication(database: database))
        try session.adoptSession(userID: userID)
        let response = session.get("/ects")
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.text.contains("No schools have been added yet."))
    }

    func testRootIsALandingPageForVisitorsAndRedirectsSignedInPeopleHome() throws {
        let application = try TestEnvironment.makeApplication()
        let landing = try get("/", application: application)
        XCTAssertEqual(landing.status, 200)
        XCTAssertTrue(text(landing).contains("Pennine Teaching School Hub"))
        XCTAssertTrue(text(landing).contains("href=\"/sign-in\""))
        XCTAssertFalse(text(landing).contains("Amelia Hartley"), "no personal data for visitors")
        let records = DemoRecords(application.database)
        let homes: [(String, String)] = [
            ("ab-admin@pennine.example", "/ab"),
            ("ab-officer@pennine.example", "/ab"),
            ("headteacher@138204.schools.example", "/schools/\(try records.schoolID(urn: DemoRecords.holmeMossURN))"),
            ("school-admin@145630.schools.example", "/schools/\(try records.schoolID(urn: DemoRecords.stAidansURN))"),
            ("amelia.hartley@107512.schools.example", "/my-induction"),
        ]
        for (email, home) in homes {
            let session = TestSession(application)
            try session.adoptSession(userID: try records.userID(email: email))
            let response = session.get("/")
            XCTAssertEqual(response.status, 303, email)
            XCTAssertEqual(response.location, home, email)
            XCTAssertEqual(session.get(home).status, 200, email)
        }
    }

    func testPagesCarrySecurityHeadersAndAreNotCached() throws {
        let session = try signedInAsAdmin()
        for path in ["/", "/sign-in", "/ects", "/ab", "/no-such-page"] {
            let response = session.get(path).response
            XCTAssertEqual(response.headers["Content-Security-Policy"],
                           "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'", path)
            XCTAssertEqual(response.headers["X-Content-Type-Options"], "nosniff", path)
            XCTAssertEqual(response.headers["Referrer-Policy"], "strict-origin-when-cross-origin", path)
            XCTAssertEqual(response.headers["Cache-Control"], "no-store", path)
            XCTAssertNil(response.headers["Strict-Transport-Security"], "no HSTS over plain http")
        }
    }

    func testHSTSOnlyWhenTheTrustedProxySaysHTTPS() throws {
        let app = try TestEnvironment.makeApplication(configuration: ApplicationConfiguration(trustedProxy: "10.0.0.2"))
        let https = [("X-Forwarded-Proto", "https")]
        XCTAssertEqual(try get("/", application: app, remoteAddress: "10.0.0.2", headers: https).headers["Strict-Transport-Security"],
                       "max-age=31536000; includeSubDomains")
        XCTAssertEqual(try get("/static/css/induct.css", application: app, remoteAddress: "10.0.0.2", headers: https)
            .headers["Strict-Transport-Security"], "max-age=31536000; includeSubDomains", "static files too")
        XCTAssertNil(try get("/", application: app, remoteAddress: "10.0.0.2").headers["Strict-Transport-Security"],
                     "the proxy forwarded plain http")
        XCTAssertNil(try get("/", application: app, remoteAddress: "192.0.2.7", headers: https).headers["Strict-Transport-Security"],
                     "X-Forwarded-Proto from anyone but the proxy is ignored")
        XCTAssertNil(try get("/", headers: https).headers["Strict-Transport-Security"], "no proxy configured: never believed")
    }

    func testUnknownPathIs404PageAndWrongMethod405() throws {
        let missing = try get("/schools/999/nothing")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(text(missing).contains("Page not found"))
        XCTAssertEqual(try get("/ects", method: "POST").status, 403, "a POST without a CSRF token stops before routing")
        let session = try signedInAsAdmin()
        let signedInPost = session.post("/ects")
        XCTAssertEqual(signedInPost.status, 405, "with a valid CSRF token the router answers")
        XCTAssertEqual(signedInPost.headers["Allow"], "GET, HEAD")
    }

    func testHeadIsAnsweredLikeGet() throws {
        let session = try signedInAsAdmin()
        let head = session.send(method: "HEAD", target: "/ects", headers: [], body: [])
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(try get("/ects", method: "HEAD").status, 303, "HEAD is guarded like GET")
    }

    func testHealthzChecksTheDatabase() throws {
        let healthy = try get("/healthz")
        XCTAssertEqual(healthy.status, 200)
        XCTAssertEqual(text(healthy), "ok")
        let unmigrated = Application(store: InductionStore(database: try Database(path: TestEnvironment.makeDatabasePath()), time: SystemTimeSource()), templates: try TestEnvironment.makeTemplates(),
                                     staticFiles: try TestEnvironment.makeStaticFiles())
        let sick = try get("/healthz", application: unmigrated)
        XCTAssertEqual(sick.status, 503)
        XCTAssertEqual(text(sick), "unavailable")
    }

    func testStylesheetIsServedWithItsTypeAndCaching() throws {
        let response = try get("/static/css/induct.css")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "text/css; charset=utf-8")
        XCTAssertEqual(response.headers["Cache-Control"], "public, max-age=3600")
        XCTAssertEqual(response.headers["X-Content-Type-Options"], "nosniff")
        XCTAssertEqual(try get("/static/../Package.swift").status, 404)
    }
}
