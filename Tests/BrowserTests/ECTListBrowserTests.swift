import InductTestSupport
import XCTest

final class ECTListBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    func testECTListShowsSeededNamesAndHasNoAccessibilityViolations() throws {
        try session.open("/ects")
        XCTAssertEqual(try session.driver.currentPath(), "/sign-in?next=/ects", "visitors are asked to sign in first")
        XCTAssertEqual(try session.driver.texts(of: ".ect-name"), [], "and see no names")
        XCTAssertEqual(try session.signIn("ab-admin@pennine.example"), "/ects", "back to the list after signing in")
        XCTAssertEqual(try session.driver.title(), "Schools and ECTs – Induct")
        let names = try session.driver.texts(of: ".ect-name")
        XCTAssertEqual(names.count, 12)
        for expected in ["Amelia Hartley", "Jack O'Connor", "Chloé Dubois-Smith", "Yusuf Rahman"] {
            XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
        }
        let schools = try session.driver.texts(of: "h2")
        XCTAssertEqual(schools, ["Calder Valley Primary School", "Holme Moss Academy", "St Aidan's C of E High School"])
        XCTAssertEqual(try session.accessibilityViolations(), [])

        try session.open("/ects/1")
        XCTAssertEqual(try session.headings(), ["Amelia Hartley"])
        XCTAssertEqual(try session.driver.texts(of: "table caption").count, 1, "the induction timeline")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the ECT record with its timeline")
    }

    func testHomePageLinksToSignInAndHasNoAccessibilityViolations() throws {
        try session.open("/")
        XCTAssertEqual(try session.headings(), ["Pennine Teaching School Hub"])
        XCTAssertEqual(try session.driver.texts(of: "main a.button"), ["Sign in"])
        XCTAssertEqual(try session.driver.texts(of: ".ect-name"), [], "no personal data for visitors")
        XCTAssertEqual(try session.accessibilityViolations(), [])
    }
}
