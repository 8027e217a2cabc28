import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 12 item 2: `/ab/decisions` is paged. Over the scale data (200 ECTs) with every decision
/// removed, so each accepted final assessment is due, a page is the same slice of the whole list
/// in the same order, and the total counts them all; the seeder records the passes an AB would
/// have decided by now.
final class DecisionsDuePagingTests: XCTestCase {
    func testAPageIsASliceOfTheWholeListAndTheTotalCountsThemAll() throws {
        let database = try TestFixtures.makeDatabase()
        let store = TestFixtures.makeStore(database)
        _ = try SeedScaleData(store: store).seed(ects: 200, password: TestFixtures.demoPassword, author: .system("t"))
        XCTAssertGreaterThan(try database.read { try $0.scalarInt("SELECT count(*) FROM induction_decisions") ?? 0 }, 0,
                             "the seeder records old passes")
        try database.write { try $0.run("DELETE FROM induction_decisions") }
        let today = store.time.today
        let whole = try store.reader.decisionsDue(today: today).map(\.ectID)
        XCTAssertGreaterThan(whole.count, 6)
        let page = try store.reader.decisionsDue(today: today) { total in
            XCTAssertEqual(total, whole.count)
            return (limit: 4, offset: 2)
        }
        XCTAssertEqual(page.total, whole.count)
        XCTAssertEqual(page.items.map(\.ectID), Array(whole[2..<6]))
        let beyond = try store.reader.decisionsDue(today: today) { _ in (limit: 50, offset: whole.count) }
        XCTAssertEqual(beyond.items.count, 0)
        XCTAssertEqual(try store.reader.appropriateBodyDashboard(today: today).decisionsDue, whole.count,
                       "the dashboard counts the same decisions")
    }
}
