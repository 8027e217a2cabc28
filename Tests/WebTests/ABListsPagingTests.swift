import Foundation
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 12 item 2: the dashboard's lists of reports still with schools (`/ab/reports?show=…`) and the at-risk list show
/// 50 a page, and the page links keep which list it is.
final class ABListsPagingTests: XCTestCase {
    /// The demo plus 60 copies of one of David Greenwood's ECTs, each with a shared report.
    private func sixtyCopiesOfAnECTWithASharedReport() throws -> (Application, DemoRecords, [Int]) {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let ect = try XCTUnwrap(try records.ectIDs(tutoredBy: "david.greenwood@107512.schools.example").first)
        try records.makeSharedReport(ectID: ect, time: TestEnvironment.fixedTime)
        return (application, records, try StatementCountSeed(database: application.database).copy(ectIDs: [ect], times: 60))
    }

    func testTheOverdueListHasASecondPageReachedByItsOwnLink() throws {
        let (application, records, copies) = try sixtyCopiesOfAnECTWithASharedReport()
        // The copies' reports fell due last month and are still with the school.
        try application.database.write { c in
            try c.run("UPDATE reports SET due_date = '2026-10-30' WHERE ect_id IN (SELECT value FROM json_each(?))",
                      ["[" + copies.map(String.init).joined(separator: ",") + "]"])
        }
        let today = TestEnvironment.fixedTime.today.iso
        let overdue = try records.count("""
            SELECT count(*) FROM reports WHERE state IN ('draft', 'shared', 'awaiting-signatures', 'returned') AND due_date < ?
            """, [today])
        XCTAssertGreaterThan(overdue, 50, "enough overdue reports for a second page")
        XCTAssertLessThanOrEqual(overdue, 100, "and no third")
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        func rows(_ html: String) -> Int { html.components(separatedBy: #"<th scope="row">"#).count - 1 }

        let first = officer.get("/ab/reports?show=overdue").text
        XCTAssertEqual(rows(first), 50)
        XCTAssertTrue(first.contains("Showing 1 to 50 of \(overdue) reports"))
        XCTAssertTrue(first.contains(#"href="/ab/reports?show=overdue&amp;page=2" rel="next""#))
        let second = officer.get("/ab/reports?show=overdue&page=2").text
        XCTAssertEqual(rows(second), overdue - 50)
        XCTAssertTrue(second.contains(#"href="/ab/reports?show=overdue" rel="prev""#))
    }

    func testTheAtRiskListHasASecondPage() throws {
        let (application, records, copies) = try sixtyCopiesOfAnECTWithASharedReport()
        try application.database.write { c in
            try c.run("""
                INSERT INTO at_risk_entries (ect_id, report_id, joined_at)
                SELECT r.ect_id, min(r.id), '2026-11-01T09:00:00Z' FROM reports r
                WHERE r.ect_id IN (SELECT value FROM json_each(?)) GROUP BY r.ect_id
                """, ["[" + copies.map(String.init).joined(separator: ",") + "]"])
        }
        let open = try records.count("SELECT count(*) FROM at_risk_entries WHERE left_at IS NULL")
        XCTAssertGreaterThan(open, 50)
        XCTAssertLessThanOrEqual(open, 100)
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        func rows(_ html: String) -> Int { html.components(separatedBy: #"<th scope="row">"#).count - 1 }
        let first = officer.get("/ab/at-risk").text
        XCTAssertEqual(rows(first), 50)
        XCTAssertTrue(first.contains(#"href="/ab/at-risk?page=2" rel="next""#))
        let second = officer.get("/ab/at-risk?page=2").text
        XCTAssertEqual(rows(second), open - 50)
        XCTAssertTrue(second.contains(#"href="/ab/at-risk" rel="prev""#))
    }
}
