import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
@testable import Web
import XCTest

/// Issue 10 items 7 and 9 in process: the officer records a programme check from the list; the school
/// page shows it with the school's contacts; a bad form comes back as typed.
final class ProgrammeCheckPagesTests: XCTestCase {
    func testTheOfficerRecordsACheckAndTheSchoolPageAndDashboardShowIt() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let school = try records.count("SELECT id FROM schools WHERE urn = '145630'")
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        XCTAssertTrue(officer.get("/ab").text.contains("Programme checks due this year"))
        let list = officer.get("/ab/programme-checks").text
        XCTAssertTrue(list.contains("St Aidan&#39;s C of E High School") || list.contains("St Aidan's C of E High School"))
        XCTAssertTrue(list.contains("Not checked"))
        XCTAssertFalse(list.contains("Calder Valley"), "a provider-led school has nothing to check")

        let bad = officer.post("/schools/\(school)/programme-check", form: [
            ("outcome", "gaps-to-address"), ("checked-day", "14"), ("checked-month", "10"), ("checked-year", "2026"),
            ("notes", "Looked at the <plan>"), ("followUp", ""),
        ])
        XCTAssertEqual(bad.status, 422)
        XCTAssertTrue(bad.text.contains("Enter what the school must do to cover the framework in full"))
        XCTAssertTrue(bad.text.contains("Looked at the &lt;plan&gt;"), "what was typed comes back, escaped")
        XCTAssertTrue(bad.text.contains("href=\"#followUp\""), "the error summary links to the field")

        XCTAssertEqual(officer.post("/schools/\(school)/programme-check", form: [
            ("outcome", "gaps-to-address"), ("checked-day", "14"), ("checked-month", "10"), ("checked-year", "2026"),
            ("notes", "Looked at the plan"), ("followUp", "Add the behaviour strand"),
        ]).location, "/schools/\(school)?checked=1#programme-checks")
        let page = officer.get("/schools/\(school)?checked=1").text
        XCTAssertTrue(page.contains("The programme check has been saved."))
        XCTAssertTrue(page.contains("Add the behaviour strand"))
        XCTAssertTrue(page.contains("id=\"contacts\""), "the AB sees the school's contacts")
        XCTAssertFalse(officer.get("/ab/programme-checks").text.contains("Not checked"))
        XCTAssertTrue(officer.get("/schools/\(school)/programme-check").text.contains("Saving replaces it"), "this year's check prefilled")

        let head = try TestSession.acting(application, "headteacher@145630.schools.example", as: .headteacher, urn: "145630")
        let theirs = head.get("/schools/\(school)").text
        XCTAssertTrue(theirs.contains("Add the behaviour strand"), "the school's leaders see the check")
        XCTAssertFalse(theirs.contains("Record a programme check"), "but cannot record one")
        XCTAssertFalse(theirs.contains("id=\"contacts\""))
        XCTAssertEqual(head.get("/schools/\(school)/programme-check").status, 403)
    }

    func testTheOfficerCanChaseASchoolWithOverdueReportsFromItsPage() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        let report = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        XCTAssertEqual(try records.count("SELECT count(*) FROM reports WHERE id = ? AND due_date < '2026-11-25'", [report]), 1,
                       "her first review is past its due date and still with the school")
        let overdue = try records.count("SELECT school_id FROM ects WHERE id = ?", [priya])
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        let page = officer.get("/schools/\(overdue)").text
        XCTAssertTrue(page.contains("action=\"/ab/schools/\(overdue)/chase\""))
        XCTAssertEqual(officer.post("/ab/schools/\(overdue)/chase", form: []).location, "/schools/\(overdue)?school-updated=chased")
    }
}
