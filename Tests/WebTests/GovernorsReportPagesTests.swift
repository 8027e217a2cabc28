import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
@testable import Web
import XCTest

/// Issue 11 item 4: the headteacher's termly report to governors counts what the rows hold and names
/// no one; a tutor may not open it.
final class GovernorsReportPagesTests: XCTestCase {
    func testTheFiguresMatchTheRowsAndNoNameAppears() throws {
        let application = try TestEnvironment.makeApplication()
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        _ = try SeedDemoReports(store: store).seed(password: TestEnvironment.demoPassword)
        let records = DemoRecords(application.database)
        let calder = try records.schoolID(urn: "107512")
        let summer = AcademicYearTerms.englandDefault(academicYear: 2025).summer
        let due = try application.database.read { c in
            try c.query("SELECT due_date, submitted_at FROM reports WHERE school_id = ?", [calder]).map {
                (due: try $0.string("due_date"), sent: try $0.optionalString("submitted_at").map { String($0.prefix(10)) })
            }
        }.filter { $0.due >= summer.start.iso && $0.due <= summer.end.iso }
        let report = try XCTUnwrap(try store.reader.governorsReport(schoolID: calder, academicYear: 2025, term: .summer))
        XCTAssertEqual(report.reportsDue, due.count)
        XCTAssertGreaterThan(report.reportsDue, 0)
        XCTAssertEqual(report.reportsOnTime, due.filter { row in row.sent.map { $0 <= row.due } ?? false }.count)
        XCTAssertEqual(report.reportsNotYetSent, due.filter { $0.sent == nil }.count)
        XCTAssertEqual(report.reportsOnTime + report.reportsLate + report.reportsNotYetSent, report.reportsDue)
        XCTAssertEqual(report.onTrack + report.atRisk, report.ectsInInduction)

        let head = try TestSession.acting(application, "headteacher@107512.schools.example", as: .headteacher, urn: "107512")
        XCTAssertTrue(head.get("/schools/\(calder)").text.contains("/schools/\(calder)/governors-report"), "linked from the home")
        let page = head.get("/schools/\(calder)/governors-report?term=2025-summer")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("report to governors, Summer 2026"))
        XCTAssertTrue(page.text.contains("<dd class=\"summary-list__value\">\(report.reportsDue)</dd>"))
        let names = try application.database.read { try $0.query("SELECT first_name, last_name FROM ects").map {
            "\(try $0.string("first_name")) \(try $0.string("last_name"))" } }
        for name in names { XCTAssertFalse(page.text.contains(name), name) }
        let tutor = try TestSession.acting(application, "david.greenwood@107512.schools.example", as: .inductionTutor, urn: "107512")
        XCTAssertEqual(tutor.get("/schools/\(calder)/governors-report").status, 403)
    }
}
