import InductTestSupport
import Web
import XCTest

/// Issue 7 item 21: once a mail command delivers the emails, the AB admin reading the outbox must not
/// be able to use someone else's one-time link; the demo without one still shows them.
final class AdminOutboxMaskingTests: XCTestCase {
    /// Asks for a password reset as a visitor would, then opens that email as the AB admin.
    private func resetEmailAsTheAdminSeesIt(mailIsDelivered: Bool) throws -> String {
        let application = try TestEnvironment.makeApplication(configuration: ApplicationConfiguration(mailIsDelivered: mailIsDelivered))
        let visitor = TestSession(application)
        visitor.get("/forgot-password")
        XCTAssertEqual(visitor.post("/forgot-password", form: [("email", "mentor@107512.schools.example")]).status, 200)
        let records = DemoRecords(application.database)
        let admin = TestSession(application)
        try admin.adoptSession(userID: try records.userID(email: "ab-admin@pennine.example"))
        let id = try XCTUnwrap(try application.database.read {
            try $0.queryOne("SELECT id FROM outbox_messages WHERE body LIKE '%/reset-password/%' ORDER BY id DESC")?.int("id")
        })
        let page = admin.get("/admin/outbox/\(id)")
        XCTAssertEqual(page.status, 200)
        return page.text
    }

    func testWithAMailCommandTheResetLinkIsReplacedAndTheRestOfTheEmailShown() throws {
        let page = try resetEmailAsTheAdminSeesIt(mailIsDelivered: true)
        XCTAssertFalse(page.contains("/reset-password/"), "no usable link")
        XCTAssertTrue(page.contains("[link sent by email]"))
        XCTAssertTrue(page.contains("To choose a new password for Induct"))
        XCTAssertTrue(page.contains("One-time links and sign-in codes are hidden here"))
    }

    func testWithoutAMailCommandTheDemoStillShowsTheLink() throws {
        let page = try resetEmailAsTheAdminSeesIt(mailIsDelivered: false)
        XCTAssertNotNil(HTML.firstMatch(#"href="(http[^"]*/reset-password/[A-Za-z0-9_-]+)""#, in: page))
        XCTAssertFalse(page.contains("[link sent by email]"))
    }
}
