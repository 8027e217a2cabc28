import XCTest

/// The browser helpers wait for the document a click loads, not for a path the old page already shows
/// (issue 7, item 24: the forgotten-password test read the form it had just submitted).
final class BrowserNavigationTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    func testFollowWaitsForTheNewDocumentWhenTheAnswerKeepsThePath() throws {
        try session.open("/forgot-password")
        try session.driver.fill("#email", with: "mentor@145630.schools.example")
        try submitLate()
        XCTAssertEqual(try session.follow("main form button[type=submit]"), "/forgot-password")
        XCTAssertEqual(try session.headings(), ["Check your email"], "the answer, not the form still on screen")
    }

    func testFollowWaitsForAFailedSignInToRenderAgainOnTheSamePath() throws {
        try session.open("/sign-in")
        try submitLate()
        XCTAssertEqual(try session.signIn("ab-admin@pennine.example", password: "not the password"), "/sign-in")
        XCTAssertFalse(try session.driver.texts(of: ".error-summary").isEmpty, "the form rendered again with its errors")
    }

    /// As on a loaded machine: the browser starts the form's navigation only after chromedriver's click
    /// has returned, so the page on screen is still the one submitted.
    private func submitLate() throws {
        _ = try session.driver.execute("""
            document.querySelector('main form').addEventListener('submit', event => {
              event.preventDefault();
              setTimeout(() => event.target.submit(), 500);
            });
            """)
    }
}
