import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 4 item 9 through the pages: the induction lead pastes 500 rows with one bad row (422,
/// the row named, nothing stored), then the fixed file (303, 500 pending registrations).
final class ECTImportPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
    }

    private func session(_ email: String, role: Role, urn: String? = DemoRecords.calderValleyURN) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }

    private static let header = "first_name,last_name,email,trn,date_of_birth,qts_date,induction_start_date,fte,training_programme,"
        + "lead_provider,induction_tutor_email,mentor_email,terms_served_elsewhere,previous_appropriate_body"

    private static func file(rows: Int, badRow: Int? = nil) -> String {
        ([header] + (1...rows).map { n in
            "Priya\(n),Sandhu,priya\(n)@example.org,\(n == badRow ? "12ab" : String(5_000_000 + n)),27/03/1998,2026-07-14,2026-09-01,"
                + "0.8,school-led,,,,,"
        }).joined(separator: "\r\n")
    }

    private func pending() throws -> Int {
        try records.count("SELECT count(*) FROM induction_periods WHERE status = 'pending' AND school_id = ?", [calder])
    }

    func testFiveHundredRowsWithOneBadRowStoreNothingThenTheFixedFileImportsAll() throws {
        let lead = TestSession(application)
        XCTAssertEqual(lead.signIn("induction-lead@107512.schools.example", password: "induct-demo-2026").status, 303)
        let page = lead.get("/schools/\(calder)/ects/import")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("Paste the CSV file&#39;s contents") || page.text.contains("Paste the CSV file's contents"))
        let ectsBefore = try records.count("SELECT count(*) FROM ects")
        let pendingBefore = try pending()

        let bad = Self.file(rows: 500, badRow: 251)
        let refused = lead.post("/schools/\(calder)/ects/import", form: [("csv", bad)])
        XCTAssertEqual(refused.status, 422)
        XCTAssertTrue(refused.text.contains("Row 252: Enter a TRN of 7 digits, like 1234567"))
        XCTAssertTrue(refused.text.contains("Download these errors as CSV"))
        XCTAssertTrue(refused.text.contains("Priya500,Sandhu"), "the pasted text is kept")
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects"), ectsBefore)
        XCTAssertEqual(try pending(), pendingBefore)

        let errors = lead.post("/schools/\(calder)/ects/import/errors.csv", form: [("csv", bad)])
        XCTAssertEqual(errors.status, 200)
        XCTAssertEqual(errors.headers["Content-Type"], "text/csv; charset=utf-8")
        XCTAssertEqual(errors.text, "row,column,message\r\n252,trn,\"Enter a TRN of 7 digits, like 1234567\"\r\n")
        XCTAssertEqual(try pending(), pendingBefore, "the errors download never imports")

        let imported = lead.post("/schools/\(calder)/ects/import", form: [("csv", Self.file(rows: 500))])
        XCTAssertEqual(imported.status, 303)
        XCTAssertEqual(imported.location, "/schools/\(calder)/ects/import?imported=500")
        XCTAssertEqual(try pending(), pendingBefore + 500)
        XCTAssertTrue(lead.get(imported.location!).text.contains("500 ECTs imported. They wait for the appropriate body to confirm them."))
        XCTAssertTrue(try records.auditActions().contains("ects.imported"))
    }

    func testTheTemplateDownloadsAsCSVAndAMentorGets403() throws {
        let lead = try session("induction-lead@107512.schools.example", role: .inductionLead)
        let template = lead.get("/schools/\(calder)/ects/import/template.csv")
        XCTAssertEqual(template.status, 200)
        XCTAssertEqual(template.headers["Content-Type"], "text/csv; charset=utf-8")
        XCTAssertEqual(template.headers["Content-Disposition"], "attachment; filename=\"ect-import-template.csv\"")
        XCTAssertTrue(template.text.hasPrefix(Self.header + "\r\n"))

        let mentor = try session("mentor@107512.schools.example", role: .mentor)
        XCTAssertEqual(mentor.get("/schools/\(calder)/ects/import").status, 403)
        XCTAssertEqual(mentor.get("/schools/\(calder)/ects/import/template.csv").status, 403)
    }

    func testTheAppropriateBodyImportsNamingSchoolsByURN() throws {
        let officer = try session("ab-officer@pennine.example", role: .abOfficer, urn: nil)
        XCTAssertTrue(officer.get("/ab").text.contains("/ab/ect-imports"))
        XCTAssertTrue(officer.get("/ab/ect-imports/template.csv").text.hasPrefix("school_urn,first_name"))
        let rows = Self.file(rows: 2).split(separator: "\r\n").map(String.init)
        let text = ["school_urn," + rows[0], "107512," + rows[1], "138204," + rows[2]].joined(separator: "\n")
        officer.get("/ab/ect-imports")
        let imported = officer.post("/ab/ect-imports", form: [("csv", text)])
        XCTAssertEqual(imported.location, "/ab/ect-imports?imported=2")
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects WHERE trn IN ('5000001', '5000002') AND registration_status = 'pending'"), 2)
    }
}
