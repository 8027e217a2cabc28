import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 7 item 16: the TRN refusal text reaches no school user with another school's names, from
/// the form, the import page or the import's errors CSV; the appropriate body's own import names them.
final class TRNRefusalPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var holmeMoss = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        holmeMoss = try records.schoolID(urn: DemoRecords.holmeMossURN)
    }

    private func session(_ email: String, role: Role, urn: String? = DemoRecords.holmeMossURN) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }

    /// Every ECT's full name and last name, and every school's name, except Holme Moss and its ECTs.
    private func otherSchoolsNames() throws -> [String] {
        try application.database.read { c in
            try c.query("SELECT first_name, last_name FROM ects WHERE school_id <> ?", [holmeMoss])
                .flatMap { ["\(try $0.string("first_name")) \(try $0.string("last_name"))", try $0.string("last_name")] }
                + c.query("SELECT name FROM schools WHERE id <> ?", [holmeMoss]).map { try $0.string("name") }
        }
    }

    /// The TRNs of every other school's ECT.
    private func otherSchoolsTRNs() throws -> [String] {
        try application.database.read { c in
            try c.query("SELECT trn FROM ects WHERE school_id <> ? ORDER BY trn", [holmeMoss]).map { try $0.string("trn") }
        }
    }

    private static let header = "first_name,last_name,email,trn,date_of_birth,qts_date,induction_start_date,fte,training_programme,"
        + "lead_provider,induction_tutor_email,mentor_email,terms_served_elsewhere,previous_appropriate_body"

    private static func row(trn: String, n: Int) -> String {
        "Test\(n),Person,test\(n)@example.org,\(trn),27/03/1998,2026-07-14,2026-09-01,0.8,school-led,,,,,"
    }

    private func assertNoOtherSchoolsNames(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for name in try otherSchoolsNames() {
            let escaped = name.replacingOccurrences(of: "'", with: "&#39;")
            XCTAssertFalse(text.contains(name) || text.contains(escaped), "\(what) names \(name)", file: file, line: line)
        }
    }

    func testTheFormTellsAnotherSchoolOnlyThatTheTRNIsInInductionElsewhere() throws {
        let admin = try session("school-admin@138204.schools.example", role: .schoolAdmin)
        admin.get("/schools/\(holmeMoss)/ects/new")
        for trn in try otherSchoolsTRNs() {
            let form: [(String, String)] = [
                ("firstName", "Test"), ("lastName", "Person"), ("email", ""), ("trn", trn),
                ("dateOfBirth-day", "27"), ("dateOfBirth-month", "3"), ("dateOfBirth-year", "1998"),
                ("qtsDate-day", "14"), ("qtsDate-month", "7"), ("qtsDate-year", "2026"),
                ("inductionStart-day", "1"), ("inductionStart-month", "9"), ("inductionStart-year", "2026"),
                ("fte", "1"), ("trainingProgramme", "school-led"), ("leadProvider", ""), ("tutor", ""),
                ("mentor", ""), ("termsServedElsewhere", ""), ("previousAppropriateBody", ""),
            ]
            let response = admin.post("/schools/\(holmeMoss)/ects/new", form: form)
            XCTAssertEqual(response.status, 422, trn)
            XCTAssertTrue(response.text.contains("TRN \(trn) is already in induction with another school. Check the TRN, or contact the appropriate body"),
                          trn)
            try assertNoOtherSchoolsNames(response.text, "the form for TRN \(trn)")
        }
    }

    func testTheSchoolImportAndItsErrorsCSVNameNoOtherSchoolOrItsECTs() throws {
        let trns = try otherSchoolsTRNs()
        let csv = ([Self.header] + trns.enumerated().map { Self.row(trn: $1, n: $0) }).joined(separator: "\r\n")
        let lead = try session("induction-lead@138204.schools.example", role: .inductionLead)
        lead.get("/schools/\(holmeMoss)/ects/import")
        let page = lead.post("/schools/\(holmeMoss)/ects/import", form: [("csv", csv)])
        XCTAssertEqual(page.status, 422)
        let errors = lead.post("/schools/\(holmeMoss)/ects/import/errors.csv", form: [("csv", csv)])
        XCTAssertEqual(errors.status, 200)
        for (index, trn) in trns.enumerated() {
            XCTAssertTrue(errors.text.contains("\(index + 2),trn,\"TRN \(trn) is already in induction with another school"), trn)
        }
        try assertNoOtherSchoolsNames(page.text, "the import page")
        try assertNoOtherSchoolsNames(errors.text, "the errors CSV")
    }

    func testTheAppropriateBodysOwnImportSeesWhoAndWhere() throws {
        let officer = try session("ab-officer@pennine.example", role: .abOfficer, urn: nil)
        let csv = ["school_urn," + Self.header, "138204," + Self.row(trn: "3012456", n: 1)].joined(separator: "\n")
        officer.get("/ab/ect-imports")
        let errors = officer.post("/ab/ect-imports/errors.csv", form: [("csv", csv)])
        XCTAssertTrue(errors.text.contains("Amelia Hartley is still registered at Calder Valley Primary School"), errors.text)
    }
}
