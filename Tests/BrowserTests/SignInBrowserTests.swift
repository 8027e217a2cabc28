import Foundation
import Induction
import InductTestSupport
import XCTest

/// Signing in and out in a real browser, as every role, and resetting a forgotten password by the
/// emailed link that the AB admin can read in the outbox.
final class SignInBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    func testEveryRoleSignsInToItsHomeAndSignsOut() throws {
        let records = DemoRecords(session.application.database)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        let holme = try records.schoolID(urn: DemoRecords.holmeMossURN)
        let people: [(role: Role, email: String, path: String, heading: String)] = [
            (.abAdmin, "ab-admin@pennine.example", "/ab", "Appropriate body home"),
            (.abOfficer, "ab-officer@pennine.example", "/ab", "Appropriate body home"),
            (.headteacher, "headteacher@107512.schools.example", "/schools/\(calder)", "Headteacher home"),
            (.inductionLead, "induction-lead@107512.schools.example", "/schools/\(calder)", "Induction lead home"),
            (.inductionTutor, "induction-tutor@138204.schools.example", "/schools/\(holme)", "Induction tutor home"),
            (.mentor, "mentor@107512.schools.example", "/schools/\(calder)", "Mentor home"),
            (.schoolAdmin, "school-admin@107512.schools.example", "/schools/\(calder)", "School administrator home"),
            (.ect, "amelia.hartley@107512.schools.example", "/my-induction", "Your induction"),
        ]
        XCTAssertEqual(Set(people.map(\.role)), Set(Role.allCases), "every role is tried")

        try session.open("/sign-in")
        XCTAssertEqual(try session.headings(), ["Sign in"])
        XCTAssertEqual(try session.accessibilityViolations(), [], "the sign-in page")
        let visitorCookie = try sessionCookie()

        for person in people {
            let landed = try session.signIn(person.email)
            XCTAssertEqual(landed, person.path, person.role.rawValue)
            XCTAssertEqual(try session.headings(), [person.heading], person.role.rawValue)
            let cookie = try sessionCookie()
            XCTAssertEqual(cookie?["httpOnly"] as? Bool, true, person.role.rawValue)
            XCTAssertEqual(cookie?["sameSite"] as? String, "Lax", person.role.rawValue)
            XCTAssertNotEqual(cookie?["value"] as? String, visitorCookie?["value"] as? String, "a new session id at sign-in")
            if person.role == .abAdmin {
                XCTAssertEqual(try session.accessibilityViolations(), [], "a signed-in page")
            }

            XCTAssertEqual(try session.signOut(), "/sign-in?signed-out=1", person.role.rawValue)
            XCTAssertEqual(try session.driver.texts(of: ".notification"), ["You have signed out."])
            try session.open(person.path)
            XCTAssertEqual(try session.driver.currentPath(), "/sign-in?next=" + person.path, "\(person.role.rawValue) is signed out")
            // The next person starts from a plain sign-in page, not this one's `next`.
            try session.open("/sign-in")
        }
    }

    func testForgottenPasswordResetThroughTheLinkInTheOutbox() throws {
        let email = "mentor@145630.schools.example"
        try session.open("/sign-in")
        XCTAssertEqual(try session.follow("a[href='/forgot-password']"), "/forgot-password")
        try session.driver.fill("#email", with: email)
        XCTAssertEqual(try session.follow("main form button[type=submit]"), "/forgot-password")
        XCTAssertEqual(try session.headings(), ["Check your email"])

        // The AB admin reads the queued email in the outbox (no mail server in tests).
        XCTAssertEqual(try session.signIn("ab-admin@pennine.example"), "/ab")
        try session.open("/admin/outbox")
        XCTAssertEqual(try session.headings(), ["Email outbox"])
        let messageHref = try XCTUnwrap(try session.driver.execute("""
            const row = [...document.querySelectorAll('tbody tr')].find(r => r.textContent.includes(arguments[0]));
            return row ? row.querySelector('a').getAttribute('href') : null;
            """, arguments: [email]) as? String, "no outbox row for \(email)")
        XCTAssertEqual(try session.follow("a[href='\(messageHref)']"), messageHref)
        XCTAssertEqual(try session.headings(), ["Reset your Induct password"])
        let link = try session.driver.findElement(".email-body a[href*='/reset-password/']")
        let href = try XCTUnwrap(try session.driver.attribute("href", of: link))
        // The email's link names the configured base URL; the test server listens on its own port.
        let resetPath = try XCTUnwrap(URLComponents(string: href)?.path)
        XCTAssertTrue(resetPath.hasPrefix("/reset-password/"), href)
        try session.signOut()

        try session.open(resetPath)
        XCTAssertEqual(try session.headings(), ["Choose a new password"])
        let newPassword = "pennine moorland curlew"
        try session.driver.fill("#password", with: newPassword)
        try session.driver.fill("#confirmation", with: newPassword)
        XCTAssertEqual(try session.follow("main form button[type=submit]"), "/sign-in?password-set=1")
        XCTAssertEqual(try session.driver.texts(of: ".notification"), ["Your password is set. Sign in with it now."])

        let home = "/schools/\(try DemoRecords(session.application.database).schoolID(urn: DemoRecords.stAidansURN))"
        XCTAssertEqual(try session.signIn(email, password: newPassword), home)
        XCTAssertEqual(try session.headings(), ["Mentor home"])
        try session.signOut()
        XCTAssertEqual(try session.signIn(email), "/sign-in", "the old password no longer works")
        XCTAssertTrue(try session.driver.texts(of: ".error-summary a, .error-message").joined().contains("Enter a correct email address and password"))
        try session.open(resetPath)
        XCTAssertEqual(try session.headings(), ["This link has expired"], "the link works once")
    }

    /// The session cookie as the browser holds it.
    private func sessionCookie() throws -> [String: Any]? {
        try session.driver.cookies().first { $0["name"] as? String == "induct_session" }
    }
}
