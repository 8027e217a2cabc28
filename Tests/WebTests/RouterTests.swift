import HTTP
@testable import Induction
import Web
import XCTest

final class RouterTests: XCTestCase {
    /// The body the routed controller answers (through `responder(gate:)`) and the parameters `route(for:)` captured.
    private func route(_ method: String, _ path: String, in router: Router) throws -> (String, [String: String]) {
        let context = RequestContext(request: HTTPRequest(method: method, target: path, path: path))
        let (_, parameters) = try router.route(for: context)
        let response = try router.responder(gate: AccessGate(audit: { _ in }))(context)
        return (String(decoding: response.body, as: UTF8.self), parameters)
    }

    private func makeRouter() -> Router {
        var router = Router()
        router.get("/schools", .everyone) { _ in .text("list") }
        router.get("/schools/:urn", .everyone) { _ in .text("show") }
        router.post("/schools/:urn/ects", .everyone) { _ in .text("create") }
        router.get("/private", .signedIn) { _ in .text("secret") }
        router.get("/ab-only", .permission(.viewAppropriateBodyHome)) { _ in .text("ab") }
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

    func testRouteForReportsThePatternAndRuleItMatched() throws {
        let router = makeRouter()
        let (show, _) = try router.route(for: RequestContext(request: HTTPRequest(method: "GET", target: "/schools/9", path: "/schools/9")))
        XCTAssertEqual(show.method, "GET")
        XCTAssertEqual(show.pattern, "/schools/:urn")
        guard case .everyone = show.rule else { return XCTFail("expected .everyone, got \(show.rule)") }
        let (ab, _) = try router.route(for: RequestContext(request: HTTPRequest(method: "GET", target: "/ab-only", path: "/ab-only")))
        guard case .permission(let action, _) = ab.rule else { return XCTFail("expected a permission rule") }
        XCTAssertEqual(action, .viewAppropriateBodyHome)
        XCTAssertEqual(router.routes.map { "\($0.method) \($0.pattern)" },
                       ["GET /schools", "GET /schools/:urn", "POST /schools/:urn/ects", "GET /private", "GET /ab-only"])
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

    func testTheGateRunsBeforeTheControllerAndDeniesByRule() throws {
        let audited = Recorder()
        let responder = makeRouter().responder(gate: AccessGate(audit: { audited.append($0.actionName) }))
        func request(_ path: String, principal: Principal? = nil) throws -> HTTPResponse {
            try responder(RequestContext(request: HTTPRequest(method: "GET", target: path, path: path),
                                         session: SessionState(token: principal == nil ? nil : "t", principal: principal)))
        }
        let anonymous = try request("/private")
        XCTAssertEqual(anonymous.status, 303)
        XCTAssertEqual(anonymous.headers["Location"], "/sign-in?next=/private")
        XCTAssertEqual(String(decoding: try request("/private", principal: Self.principal(.mentor)).body, as: UTF8.self), "secret")
        XCTAssertEqual(String(decoding: try request("/ab-only", principal: Self.principal(.abOfficer)).body, as: UTF8.self), "ab")
        XCTAssertThrowsError(try request("/ab-only", principal: Self.principal(.mentor))) { error in
            XCTAssertEqual((error as? HTTPError)?.status, 403)
        }
        XCTAssertEqual(audited.values, ["permission.denied"], "a denial is audited; an allowed request is not")
        XCTAssertEqual(try request("/ab-only").headers["Location"], "/sign-in?next=/ab-only")
    }

    private final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ value: String) { lock.withLock { stored.append(value) } }
        var values: [String] { lock.withLock { stored } }
    }

    private static func principal(_ role: Role) -> Principal {
        let user = User(id: 1, name: "Test Person", email: "test@example.org", active: true, hasPassword: true)
        let grant = RoleGrant(id: 1, userID: 1, role: role, schoolID: role.isAppropriateBodyStaff ? nil : 1)
        return Principal(user: user, grants: [grant], active: grant)
    }
}
