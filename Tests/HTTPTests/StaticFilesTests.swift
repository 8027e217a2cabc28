import Foundation
import XCTest
@testable import HTTP

final class StaticFilesTests: XCTestCase {
    private var root = ""
    private var outside = ""

    override func setUpWithError() throws {
        let base = NSTemporaryDirectory() + "static-\(UUID().uuidString)"
        root = base + "/Public"
        outside = base + "/secret.txt"
        try FileManager.default.createDirectory(atPath: root + "/css", withIntermediateDirectories: true)
        try "body{color:red}".write(toFile: root + "/css/app.css", atomically: true, encoding: .utf8)
        try "TOP SECRET".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/escape.txt", withDestinationPath: outside)
        try "hidden".write(toFile: root + "/.env", atomically: true, encoding: .utf8)
    }

    private func get(_ path: String, headers: [(String, String)] = []) throws -> HTTPResponse? {
        let files = try StaticFiles(root: root)
        return files.response(for: HTTPRequest(method: "GET", target: path, path: path, headers: HTTPHeaders(headers)))
    }

    func testServesFileWithContentTypeETagAndCacheControl() throws {
        let response = try XCTUnwrap(get("/static/css/app.css"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "body{color:red}")
        XCTAssertEqual(response.headers["Content-Type"], "text/css; charset=utf-8")
        XCTAssertEqual(response.headers["Cache-Control"], "public, max-age=3600")
        XCTAssertNotNil(response.headers["ETag"])
    }

    func testMatchingETagGives304WithoutBody() throws {
        let etag = try XCTUnwrap(get("/static/css/app.css")?.headers["ETag"])
        let response = try XCTUnwrap(get("/static/css/app.css", headers: [("If-None-Match", "\"other\", \(etag)")]))
        XCTAssertEqual(response.status, 304)
        XCTAssertTrue(response.body.isEmpty)
        let stale = try XCTUnwrap(get("/static/css/app.css", headers: [("If-None-Match", "\"other\"")]))
        XCTAssertEqual(stale.status, 200)
    }

    func testTraversalSymlinkOutAndDotFilesAre404() throws {
        for path in ["/static/../secret.txt", "/static/css/../../secret.txt", "/static/escape.txt", "/static/.env", "/static/missing.css", "/static/css"] {
            XCTAssertEqual(try get(path)?.status, 404, path)
        }
    }

    func testPathsOutsideThePrefixAreNotHandled() throws {
        XCTAssertNil(try get("/ects"))
    }

    func testPostIsMethodNotAllowed() throws {
        let files = try StaticFiles(root: root)
        let response = files.response(for: HTTPRequest(method: "POST", target: "/static/css/app.css", path: "/static/css/app.css"))
        XCTAssertEqual(response?.status, 405)
        XCTAssertEqual(response?.headers["Allow"], "GET, HEAD")
    }
}
