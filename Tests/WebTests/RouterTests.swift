import HTTP
import Web
import XCTest

final class RouterTests: XCTestCase {
    private func route(_ method: String, _ path: String, in router: Router) throws -> (String, [String: String]) {
        let context = RequestContext(request: HTTPRequest(method: method, target: path, path: path))
        let (responder, parameters) = try router.responder(for: context)
        return (String(decoding: try responder(context).body, as: UTF8.self), parameters)
    }

    private func makeRouter() -> Router {
        var router = Router()
        router.get("/schools") { _ in .text("list") }
        router.get("/schools/:urn") { _ in .text("show") }
        router.post("/schools/:urn/ects") { _ in .text("create") }
        return router
    }

    func testMatchesStaticAndParameterisedPaths() throws {
        let router = makeRouter()
        XCTAssertEqual(try route("GET", "/schools", in: router).0, "list")
        XCTAssertEqual(try route("GET", "/schools/", in: router).0, "list")
        let (body, parameters) = try route("GET", "/schools/107512", in: router)
        XCTAssertEqual(body, "show")
        XCTAssertEqual(parameters, ["urn": "107512"])
        XCTAssertEqual(try route("POST", "/schools/107512/ects", in: router).1, ["urn": "107512"])
    }

    func testHeadUsesTheGetRoute() throws {
        XCTAssertEqual(try route("HEAD", "/schools", in: makeRouter()).0, "list")
    }

    func testUnknownPathThrows404AndWrongMethod405WithAllow() {
        let router = makeRouter()
        XCTAssertThrowsError(try route("GET", "/schools/1/ects/2", in: router)) { XCTAssertEqual(($0 as? HTTPError)?.status, 404) }
        XCTAssertThrowsError(try route("DELETE", "/schools/1", in: router)) { error in
            XCTAssertEqual((error as? HTTPError)?.status, 405)
            XCTAssertEqual((error as? HTTPError)?.headers["Allow"], "GET, HEAD")
        }
    }
}
