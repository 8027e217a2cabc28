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
        try session.driver.navigate(to: session.baseURL + "/ects")
        XCTAssertEqual(try session.driver.title(), "Schools and ECTs – Induct")
        let names = try session.driver.texts(of: ".ect-name")
        XCTAssertEqual(names.count, 12)
        for expected in ["Amelia Hartley", "Jack O'Connor", "Chloé Dubois-Smith", "Yusuf Rahman"] {
            XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
        }
        let schools = try session.driver.texts(of: "h2")
        XCTAssertEqual(schools, ["Calder Valley Primary School", "Holme Moss Academy", "St Aidan's C of E High School"])
        XCTAssertEqual(try session.accessibilityViolations(), [])
    }

    func testHomePageLinksToTheListAndHasNoAccessibilityViolations() throws {
        try session.driver.navigate(to: session.baseURL + "/")
        XCTAssertEqual(try session.driver.texts(of: "h1"), ["Pennine Teaching School Hub"])
        XCTAssertEqual(try session.accessibilityViolations(), [])
    }
}
