import InductTestSupport
import SQLite
import Web
import XCTest

/// Anyone may choose an emailed code at sign-in from their account page; it then guards their
/// next sign-in, and the code arrives through the outbox.
final class SecondFactorOptInTests: XCTestCase {
    func testOptingInMakesTheNextSignInAskForTheEmailedCode() throws {
        let application = try TestEnvironment.makeApplication()
        let email = "induction-tutor@138204.schools.example"
        let first = TestSession(application)
        XCTAssertEqual(first.signIn(email).status, 303)
        XCTAssertEqual(first.get("/account").status, 200)
        XCTAssertEqual(first.post("/account/second-factor", form: [("secondFactor", "on")]).location, "/account?code-saved=1")
        XCTAssertTrue(first.get("/account").text.contains(#"id="secondFactor" name="secondFactor" type="checkbox" value="on" checked"#))
        let audit = try application.database.read { try $0.scalarInt("SELECT count(*) FROM audit_events WHERE action = 'second_factor.enabled'") }
        XCTAssertEqual(audit, 1)

        let second = TestSession(application)
        let signIn = second.signIn(email)
        XCTAssertEqual(signIn.location, "/sign-in/code")
        XCTAssertTrue(second.get("/schools/2").isSignInRedirect || second.get("/schools/2").location == "/sign-in/code",
                      "no access before the code")
        let body = try XCTUnwrap(application.database.read {
            try $0.queryOne("SELECT body FROM outbox_messages WHERE recipient = ? ORDER BY id DESC LIMIT 1", [email])?.string("body")
        })
        let code = try XCTUnwrap(HTML.firstMatch(#"\b(\d{6})\b"#, in: body))
        XCTAssertEqual(second.get("/sign-in/code").status, 200)
        XCTAssertEqual(second.post("/sign-in/code", form: [("code", code)]).status, 303)
        XCTAssertEqual(second.get("/account").status, 200, "signed in after the code")
    }

    func testOptingOutIsSavedAndAudited() throws {
        let application = try TestEnvironment.makeApplication()
        let session = TestSession(application)
        XCTAssertEqual(session.signIn("mentor@107512.schools.example").status, 303)
        _ = session.get("/account")
        _ = session.post("/account/second-factor", form: [("secondFactor", "on")])
        _ = session.get("/account")
        XCTAssertEqual(session.post("/account/second-factor", form: []).status, 303)
        XCTAssertFalse(session.get("/account").text.contains("checked"))
        let actions = try application.database.read {
            try $0.query("SELECT action FROM audit_events WHERE action LIKE 'second_factor.%' ORDER BY id").map { try $0.string("action") }
        }
        XCTAssertEqual(actions, ["second_factor.enabled", "second_factor.disabled"])
    }
}
