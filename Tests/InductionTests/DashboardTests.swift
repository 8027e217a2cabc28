import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 10 item 1's must-show: the dashboard's figures equal counts the test makes itself from the
/// rows, on the demo caseload (reports in every state).
final class DashboardTests: XCTestCase {
    private static let database: Result<Database, any Error> = Result {
        let database = try TestFixtures.makeDatabase()
        _ = try SeedDemoReports(store: TestFixtures.makeStore(database)).seed(password: TestFixtures.demoPassword)
        return database
    }

    private struct Row { let school: Int; let state: String; let due: String }

    func testTheFiguresEqualCountsMadeFromTheRows() throws {
        let database = try Self.database.get()
        let today = TestFixtures.fixedTime.today
        let reports = try database.read { c in
            try c.query("SELECT school_id, state, due_date FROM reports").map {
                Row(school: try $0.int("school_id"), state: try $0.string("state"), due: try $0.string("due_date"))
            }
        }
        let periods = try database.read { c in
            try c.query("SELECT ect_id, status, end_date FROM induction_periods").map {
                (ect: try $0.int("ect_id"), open: try $0.string("status") == "confirmed" && (try $0.optionalString("end_date")) == nil)
            }
        }
        let withSchool: Set<String> = ["draft", "shared", "awaiting-signatures", "returned"]
        let dashboard = try TestFixtures.makeStore(database).reader.appropriateBodyDashboard(today: today)

        XCTAssertEqual(dashboard.ectsInInduction, Set(periods.filter(\.open).map(\.ect)).count)
        XCTAssertEqual(dashboard.awaitingQA, reports.filter { $0.state == "submitted" }.count)
        XCTAssertEqual(dashboard.returned, reports.filter { $0.state == "returned" }.count)
        XCTAssertEqual(dashboard.overdue, reports.filter { withSchool.contains($0.state) && $0.due < today.iso }.count)
        XCTAssertEqual(dashboard.atRisk, try database.read { try $0.query("SELECT left_at FROM at_risk_entries") }
            .filter { (try? $0.optionalString("left_at")) == nil }.count)
        XCTAssertGreaterThan(dashboard.awaitingQA + dashboard.returned + dashboard.atRisk, 0, "the demo gives every figure something to count")
        for school in dashboard.schools {
            XCTAssertEqual(school.awaitingQA, reports.filter { $0.school == school.id && $0.state == "submitted" }.count, school.name)
            XCTAssertEqual(school.overdue, reports.filter { $0.school == school.id && withSchool.contains($0.state) && $0.due < today.iso }.count)
        }
        XCTAssertEqual(dashboard.schools.map(\.awaitingQA).reduce(0, +), dashboard.awaitingQA)
    }

    func testTheTermsReportsTheReturnsAndTheProgrammeChecksAreCountedToo() throws {
        let database = try Self.database.get()
        let today = TestFixtures.fixedTime.today
        let summer = AcademicYearTerms.englandDefault(academicYear: 2025).summer
        let dues = try database.read { try $0.query("SELECT due_date FROM reports").map { try $0.string("due_date") } }
        let schoolLed = try database.read { try $0.query("""
            SELECT DISTINCT e.school_id FROM ects e JOIN induction_periods p ON p.ect_id = e.id
            WHERE e.training_programme = 'school-led' AND p.status = 'confirmed' AND p.end_date IS NULL
            """).map { try $0.int("school_id") } }
        let store = TestFixtures.makeStore(database)
        let dashboard = try store.reader.appropriateBodyDashboard(today: today)
        XCTAssertEqual(dashboard.dueThisTerm, 0, "the demo's reports all fell due in earlier terms")
        // On 1 July 2026 the summer term's reports are the ones due.
        let inSummer = try store.reader.appropriateBodyDashboard(today: CalendarDate(iso: "2026-07-01")!).dueThisTerm
        XCTAssertEqual(inSummer, dues.filter { $0 >= summer.start.iso && $0 <= summer.end.iso }.count)
        XCTAssertGreaterThan(inSummer, 0)
        XCTAssertEqual(dashboard.programmeChecksDue, schoolLed.count)
        let returns = try store.reader.dfeReturnsPage(today: today)
        XCTAssertEqual(dashboard.claimsNotReturned, returns.claims.rows.count)
        XCTAssertEqual(dashboard.outcomesNotReturned, returns.outcomes.rows.count)
        XCTAssertEqual(dashboard.claimsNotReturned, 12, "every demo ECT has started, with a date of birth, and none is claimed yet")
    }

    func testTheSchoolsTableSortsByTheColumnChosen() throws {
        let reader = TestFixtures.makeStore(try Self.database.get()).reader
        let today = TestFixtures.fixedTime.today
        let byName = try reader.appropriateBodyDashboard(today: today, sort: .name).schools.map(\.name)
        XCTAssertEqual(byName, byName.sorted())
        let byQA = try reader.appropriateBodyDashboard(today: today, sort: .awaitingQA).schools.map(\.awaitingQA)
        XCTAssertEqual(byQA, byQA.sorted(by: >))
    }

    func testTheSchoolsTableShowsAtMostTwentyTheBusiestFirst() throws {
        let database = try TestFixtures.makeDatabase()
        let store = TestFixtures.makeStore(database)
        _ = try SeedDemoReports(store: store).seed(password: TestFixtures.demoPassword)
        try database.write { c in
            let ab = try c.scalarInt("SELECT id FROM appropriate_bodies LIMIT 1") ?? 0
            for index in 0..<30 {
                try c.run("INSERT INTO schools (appropriate_body_id, urn, name, created_at) VALUES (?, ?, ?, ?)",
                          [ab, String(900_000 + index), "Empty School \(index)", "2026-09-01T00:00:00Z"])
            }
        }
        let schools = try store.reader.appropriateBodyDashboard(today: TestFixtures.fixedTime.today, sort: .awaitingQA).schools
        XCTAssertEqual(schools.count, AppropriateBodyDashboard.schoolRows)
        let busiest = try database.read { c in
            try c.query("SELECT school_id, count(*) AS n FROM reports WHERE state = 'submitted' GROUP BY school_id ORDER BY n DESC")
                .map { try $0.int("school_id") }
        }
        XCTAssertFalse(busiest.isEmpty)
        XCTAssertEqual(Array(schools.prefix(busiest.count).map(\.id)).sorted(), busiest.sorted(), "the schools with reports awaiting QA come first")
    }
}
