import HTTP
import InductTestSupport
import SQLite
import Web
import XCTest

final class ApplicationRoutingTests: XCTestCase {
    private func get(_ path: String, method: String = "GET", application: Application? = nil) throws -> HTTPResponse {
        let app = try application ?? TestEnvironment.makeApplication()
        return app.handle(HTTPRequest(method: method, target: path, path: path, requestID: "test1234"))
    }

    private func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    func testECTListShowsEverySeededECTGroupedBySchool() throws {
        let response = try get("/ects")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["Content-Type"], "text/html; charset=utf-8")
        let html = text(response)
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

    func testEmptyDatabaseSaysSoInsteadOfFailing() throws {
        let app = try TestEnvironment.makeApplication(database: TestEnvironment.makeDatabase(seeded: false))
        let response = try get("/ects", application: app)
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(text(response).contains("No schools have been added yet."))
    }

    func testPagesCarrySecurityHeadersAndAreNotCached() throws {
        for path in ["/", "/ects", "/no-such-page"] {
            let response = try get(path)
            XCTAssertEqual(response.headers["Content-Security-Policy"],
                           "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'", path)
            XCTAssertEqual(response.headers["X-Content-Type-Options"], "nosniff", path)
            XCTAssertEqual(response.headers["Referrer-Policy"], "strict-origin-when-cross-origin", path)
            XCTAssertEqual(response.headers["Cache-Control"], "no-store", path)
            XCTAssertNil(response.headers["Strict-Transport-Security"], "no HSTS over plain http")
        }
    }

    func testHSTSOnlyWhenServedOverHTTPS() throws {
        let app = Application(database: try TestEnvironment.makeDatabase(), templates: try TestEnvironment.makeTemplates(),
                              staticFiles: try StaticFiles(root: TestEnvironment.repositoryRoot + "/Public"), servedOverHTTPS: true)
        XCTAssertEqual(try get("/", application: app).headers["Strict-Transport-Security"], "max-age=31536000; includeSubDomains")
    }

    func testUnknownPathIs404PageAndWrongMethodIs405() throws {
        let missing = try get("/schools/999/nothing")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(text(missing).contains("Page not found"))
        let post = try get("/ects", method: "POST")
        XCTAssertEqual(post.status, 405)
        XCTAssertEqual(post.headers["Allow"], "GET, HEAD")
    }

    func testHeadIsAnsweredLikeGet() throws {
        XCTAssertEqual(try get("/ects", method: "HEAD").status, 200)
    }

    func testHealthzChecksTheDatabase() throws {
        let healthy = try get("/healthz")
        XCTAssertEqual(healthy.status, 200)
        XCTAssertEqual(text(healthy), "ok")
        let unmigrated = Application(database: try Database(path: TestEnvironment.makeDatabasePath()), templates: try TestEnvironment.makeTemplates(),
                                     staticFiles: try StaticFiles(root: TestEnvironment.repositoryRoot + "/Public"))
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
