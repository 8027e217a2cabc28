import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 12 item 2: the dashboard counts the DfE returns with queries (`DfEReturnCounts`) instead of
/// building them; its figures must equal the rows the returns page would send, whatever is refused.
final class DfEReturnCountsTests: XCTestCase {
    private func assertCountsMatchTheReturns(_ store: InductionStore, on days: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for iso in days {
            let today = try XCTUnwrap(CalendarDate(iso: iso))
            let dashboard = try store.reader.appropriateBodyDashboard(today: today)
            let page = try store.reader.dfeReturnsPage(today: today)
            XCTAssertEqual(dashboard.claimsNotReturned, page.claims.rows.count, "claims on \(iso)", file: file, line: line)
            XCTAssertEqual(dashboard.outcomesNotReturned, page.outcomes.rows.count, "outcomes on \(iso)", file: file, line: line)
        }
    }

    func testClaimsAndReleasesTheServiceWouldTakeOrRefuseAreCountedAsTheReturnsDo() throws {
        let fixture = try DfEReturnsFixture()
        try fixture.ect(trn: "1000001")
        try fixture.ect(trn: "1000003", born: nil)
        try fixture.ect(trn: "1000005", programme: "core-induction-programme")
        try fixture.ect(trn: "1000007", start: "2027-01-04")
        try fixture.ect(trn: "1000008", start: "2021-09-01", end: "2024-07-19", terms: 6000)
        try fixture.ect(trn: "1000009", end: "2026-07-17", terms: 16_000)
        try fixture.ect(trn: "1000011", end: "2026-12-18", terms: 1000)
        try fixture.ect(trn: "1000012", status: "pending")
        try fixture.period(trn: "1000008", start: "2024-09-02")
        try fixture.manyPasses(3)
        try assertCountsMatchTheReturns(fixture.store, on: ["2026-11-25", "2027-07-20"])
        let page = try fixture.page
        XCTAssertGreaterThan(page.claims.rows.count, 0)
        XCTAssertGreaterThan(page.claims.refused.count, 0)
        XCTAssertGreaterThan(page.outcomes.rows.count, 0)
        XCTAssertGreaterThan(page.outcomes.refused.count, 0)

        // Exported rows are live: neither return offers them again.
        _ = try ExportDfEReturn(store: fixture.store).export(.claims, author: fixture.author)
        _ = try ExportDfEReturn(store: fixture.store).export(.outcomes, author: fixture.author)
        try fixture.ect(trn: "1000013", end: "2026-07-17", terms: 3000)
        try assertCountsMatchTheReturns(fixture.store, on: ["2026-11-25", "2027-07-20"])
    }

    func testAPassWithoutTermsServedIsCountedFromItsCalendar() throws {
        let database = try TestFixtures.makeDatabase()
        try database.write { try $0.run("UPDATE ects SET date_of_birth = '1999-04-12' WHERE trn = '3021784'") }
        let clock = MutableTimeSource(Date(timeIntervalSince1970: 1_815_825_600))
        XCTAssertEqual(clock.today.iso, "2027-07-17")
        try TestFixtures.makeAcceptedFinalAssessment(database, time: clock, recommendation: "satisfactory")
        let store = InductionStore(database: database, time: clock)
        let fatima = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '3021784'") })
        _ = try RecordInductionOutcome(store: store).record(
            InductionOutcomeEntry(outcome: .pass, decidedOn: clock.today, ectToldInWritingOn: nil),
            ectID: fatima, author: TestFixtures.makeAuthor(name: "Officer", role: .abOfficer))
        let terms = try database.read { try $0.query("""
            SELECT p.terms_served FROM induction_periods p JOIN induction_decisions d ON d.ect_id = p.ect_id WHERE d.outcome = 'pass'
            """).map { try $0.optionalInt("terms_served") } }
        XCTAssertEqual(terms, [nil], "the pass's period is still open: its terms come from the calendar")
        try assertCountsMatchTheReturns(store, on: [clock.today.iso])
        XCTAssertTrue(try store.reader.dfeReturnsPage(today: clock.today).outcomes.rows.contains { $0.trn == "3021784" })
    }
}
