import Foundation
import Induction
import InductTestSupport
@testable import Web
import XCTest

/// Issue 10 item 6: a term's fee statement per school from the AB's fees, with totals, on screen and
/// as CSV; a report counts once the school has submitted it.
final class FeeStatementPagesTests: XCTestCase {
    func testTheStatementCountsSubmittedReportsAtTheAgreedFees() throws {
        let application = try TestEnvironment.makeApplication()
        try application.database.write {
            try $0.run("UPDATE appropriate_bodies SET progress_review_fee_pence = 5000, formal_assessment_fee_pence = 10000")
        }
        let records = DemoRecords(application.database)
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        let reportID = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        let meeting = try XCTUnwrap(try application.database.read { try $0.queryOne("SELECT meeting_date FROM reports WHERE id = ?", [reportID]) }?
            .string("meeting_date"))
        let term = try XCTUnwrap(TermDates.englandDefaults.year(TermDates.academicYear(of: CalendarDate(iso: meeting)!)).terms
            .first { $0.contains(CalendarDate(iso: meeting)!) })
        let key = "\(term.academicYear)-\(term.name.label.lowercased())"
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        XCTAssertTrue(officer.get("/ab/fees?term=\(key)").text.contains("No chargeable reports"), "shared is not yet chargeable")

        try application.database.write {
            try $0.run("UPDATE reports SET state = 'submitted', submitted_at = '2026-11-20T10:00:00Z' WHERE id = ?", [reportID])
        }
        let page = officer.get("/ab/fees?term=\(key)")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("Calder Valley Primary School"))
        XCTAssertTrue(page.text.contains("£50.00"))
        let csv = officer.get("/ab/fees.csv?term=\(key)")
        XCTAssertEqual(csv.headers["Content-Type"], "text/csv; charset=utf-8")
        XCTAssertEqual(csv.text, "School,URN,Progress reviews,Formal assessments,Interim assessments,Total (£)\r\n"
                       + "Calder Valley Primary School,107512,1,0,0,50.00\r\n" + "All schools,,1,0,0,50.00\r\n")
        XCTAssertEqual(officer.get("/ab/fees?term=nonsense").status, 200, "an unreadable term shows the last one that ended")
    }
}
