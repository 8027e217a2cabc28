import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 10 item 9: a school's page lists the reports it must act on (returned or overdue), to
/// everyone there who reads reports and to the AB, never to the school administrator.
final class SchoolReportsToActOnPagesTests: XCTestCase {
    func testReturnedAndOverdueReportsAreListedOnTheSchoolsPage() throws {
        let application = try TestEnvironment.makeApplication()
        _ = try SeedDemoReports(store: InductionStore(database: application.database, time: TestEnvironment.fixedTime))
            .seed(password: TestEnvironment.demoPassword)
        let records = DemoRecords(application.database)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        // The demo leaves Oliver Nwosu's latest report returned by the AB.
        let returned = try records.count("""
            SELECT r.id FROM reports r JOIN ects e ON e.id = r.ect_id WHERE e.trn = '3012457' AND r.state = 'returned'
            """)
        XCTAssertGreaterThan(returned, 0)
        let head = try TestSession.acting(application, "headteacher@107512.schools.example", as: .headteacher, urn: "107512")
        let page = head.get("/schools/\(calder)").text
        XCTAssertTrue(page.contains("Reports to act on"))
        XCTAssertTrue(page.contains(#"href="/reports/\#(returned)""#))
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        XCTAssertTrue(officer.get("/schools/\(calder)").text.contains(#"href="/reports/\#(returned)""#))
        let admin = try TestSession.acting(application, "school-admin@107512.schools.example", as: .schoolAdmin, urn: "107512")
        XCTAssertFalse(admin.get("/schools/\(calder)").text.contains("Reports to act on"))
    }
}
