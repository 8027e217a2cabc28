import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 10 item 1: the dashboard's figures link to their lists, and the schools table sorts.
final class AppropriateBodyDashboardPagesTests: XCTestCase {
    func testTheDashboardLinksEachFigureToItsList() throws {
        let application = try TestEnvironment.makeApplication()
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        let home = officer.get("/ab").text
        for href in ["/ab/reports", "/ab/reports?show=returned", "/ab/reports?show=overdue", "/ab/at-risk", "/ects"] {
            XCTAssertTrue(home.contains(#"href="\#(href)""#), href)
        }
        XCTAssertTrue(home.contains("Calder Valley Primary School"))
        XCTAssertEqual(officer.get("/ab?sort=name").status, 200)
        XCTAssertEqual(officer.get("/ab?sort=nonsense").status, 200, "an unknown sort falls back to the default")
        XCTAssertTrue(officer.get("/ab/reports?show=overdue").text.contains("Reports overdue at schools"))
        XCTAssertTrue(officer.get("/ab/reports?show=returned").text.contains("Reports returned to schools"))
    }
}
