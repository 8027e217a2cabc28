import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 10 item 2: the QA queue filters by school, report type, term, at-risk and state, pages
/// through long lists, and never lists a draft.
final class ReportQueueFilterPagesTests: XCTestCase {
    func testTheQueueFiltersAndNeverShowsDrafts() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        _ = try SeedDemoReports(store: InductionStore(database: application.database, time: TestEnvironment.fixedTime))
            .seed(password: TestEnvironment.demoPassword)
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        /// How many reports the queue lists for `query`.
        func listed(_ query: String) throws -> Int {
            let page = officer.get("/ab/reports?\(query)")
            XCTAssertEqual(page.status, 200, query)
            let table = page.text.components(separatedBy: #"id="reports-awaiting""#).dropFirst().first?
                .components(separatedBy: "</table>").first ?? ""
            return table.components(separatedBy: "<th scope=\"row\">").count - 1
        }
        let submitted = try records.count("SELECT count(*) FROM reports WHERE state = 'submitted'")
        XCTAssertGreaterThan(submitted, 0)
        XCTAssertEqual(try listed(""), submitted)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        XCTAssertEqual(try listed("urn=\(DemoRecords.calderValleyURN)"),
                       try records.count("SELECT count(*) FROM reports WHERE state = 'submitted' AND school_id = ?", [calder]))
        XCTAssertEqual(try listed("state=accepted"), try records.count("SELECT count(*) FROM reports WHERE state = 'accepted'"))
        XCTAssertEqual(try listed("state=submitted&at-risk=yes"), try records.count("""
            SELECT count(*) FROM reports WHERE state = 'submitted' AND ect_id IN (SELECT ect_id FROM at_risk_entries WHERE left_at IS NULL)
            """))
        XCTAssertEqual(try listed("state=accepted&kind=first-formal-assessment&term=3"), try records.count("""
            SELECT count(*) FROM reports WHERE state = 'accepted' AND kind = 'first-formal-assessment' AND term_number = 3
            """))
        XCTAssertEqual(try listed("state=draft"), submitted, "a draft is never listed: the default state instead")
        XCTAssertEqual(officer.get("/ab/reports?term=x&urn=%27%20OR%201=1&page=-3").status, 200)
        // The school is typed by URN (an AB may have thousands: no list of every school on the page).
        let filtered = officer.get("/ab/reports?urn=\(DemoRecords.calderValleyURN)&state=accepted")
        XCTAssertTrue(filtered.text.contains("<title>Reports: Accepted, Calder Valley"), "the title names the school")
        XCTAssertFalse(filtered.text.contains("<option value=\"\(calder)\""), "no school list")
        XCTAssertTrue(officer.get("/ab/reports?urn=999999").text.contains("No school has the URN 999999."))
    }
}
