import HTTP
import InductTestSupport
import Web
import XCTest

/// What the application hands the access log: a user id when signed in, and paths without secrets.
final class AccessLogFieldsTests: XCTestCase {
    func testSignedInResponsesCarryTheUserIDAndAnonymousOnesNone() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        XCTAssertNil(session.get("/sign-in").response.loggedUser)
        let userID = try DemoRecords(session.application.database).userID(email: "ab-admin@pennine.example")
        try session.adoptSession(userID: userID)
        let page = session.get("/ects")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.response.loggedUser, String(userID))
        XCTAssertNil(page.response.loggedPath, "ordinary paths are logged as they are")
    }

    func testResetAndInvitationTokensAreNotLogged() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        for path in ["/reset-password/secret-token-123", "/invitations/secret-token-456"] {
            let logged = try XCTUnwrap(session.get(path).response.loggedPath, path)
            XCTAssertFalse(logged.contains("secret"), logged)
            XCTAssertTrue(logged.hasSuffix("/[token]"), logged)
        }
    }
}
