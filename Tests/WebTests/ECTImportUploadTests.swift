import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 7 item 22: the CSV import takes a `multipart/form-data` file upload as well as pasted text.
final class ECTImportUploadTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder = 0
    private var lead: TestSession!
    private static let boundary = "----InductTestBoundary7MA4YWxkTrZu0gW"

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        lead = TestSession(application)
        let email = "induction-lead@107512.schools.example"
        try lead.adoptSession(userID: try records.userID(email: email),
                              grantID: try records.grantID(email: email, role: .inductionLead, urn: DemoRecords.calderValleyURN))
    }

    private var importPath: String { "/schools/\(calder)/ects/import" }

    /// Rows under the template's own header, so the test follows the columns the importer expects.
    private func csv(rows: Int) -> String {
        let header = lead.get("\(importPath)/template.csv").text.split(separator: "\r\n").first.map(String.init) ?? ""
        let sample = ["first_name": "Zoë", "last_name": "Okafor", "date_of_birth": "27/03/1998", "qts_date": "2026-07-14",
                      "induction_start_date": "2026-09-01", "fte": "1", "training_programme": "school-led",
                      "induction_tutor": "Sam Tutor", "mentor": "Morgan Mentor"]
        return ([header] + (1...rows).map { n in
            header.split(separator: ",").map { column -> String in
                switch column {
                case "email": "zoe\(n)@example.org"
                case "trn": String(6_100_000 + n)
                default: sample[String(column)] ?? ""
                }
            }.joined(separator: ",")
        }).joined(separator: "\r\n")
    }

    private func pending() throws -> Int {
        try records.count("SELECT count(*) FROM induction_periods WHERE status = 'pending' AND school_id = ?", [calder])
    }

    /// A multipart body as a browser sends it: text fields, then the file part.
    private func upload(file: [UInt8]?, filename: String = "ects.csv", pasted: String = "", csrf: String? = nil) -> TestResponse {
        var body: [UInt8] = []
        func field(_ name: String, _ value: String) {
            body += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        field("_csrf", csrf ?? lead.csrfToken ?? "")
        body += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file == nil ? "" : filename)\"\r\n".utf8)
        body += Array("Content-Type: \(file == nil ? "application/octet-stream" : "text/csv")\r\n\r\n".utf8) + (file ?? []) + Array("\r\n".utf8)
        field("csv", pasted)
        body += Array("--\(Self.boundary)--\r\n".utf8)
        return lead.send(method: "POST", target: importPath,
                         headers: [("Content-Type", "multipart/form-data; boundary=\(Self.boundary)")], body: body)
    }

    func testThePageOffersAFileFieldForCSVsInAMultipartForm() throws {
        let page = lead.get(importPath)
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains(#"enctype="multipart/form-data""#))
        XCTAssertTrue(page.text.contains(#"name="file" type="file" accept=".csv,text/csv""#))
        XCTAssertTrue(page.text.contains(#"<textarea"#), "pasting still works")
    }

    func testAnUploadedUTF8FileWithAByteOrderMarkIsImported() throws {
        let before = try pending()
        let imported = upload(file: [0xEF, 0xBB, 0xBF] + Array(csv(rows: 3).utf8))
        XCTAssertEqual(imported.status, 303, imported.text)
        XCTAssertEqual(imported.location, "\(importPath)?imported=3")
        XCTAssertEqual(try pending(), before + 3)
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects WHERE first_name = 'Zoë'"), 3, "UTF-8 names arrive intact")
    }

    func testAChosenFileWinsOverPastedTextAndNoFileMeansThePastedText() throws {
        let before = try pending()
        XCTAssertEqual(upload(file: Array(csv(rows: 2).utf8), pasted: "not,a,valid\r\ncsv").status, 303)
        XCTAssertEqual(try pending(), before + 2)
        let pastedOnly = upload(file: nil, pasted: "not,a,valid\r\ncsv")
        XCTAssertEqual(pastedOnly.status, 422, "the pasted text is what was checked")
        XCTAssertTrue(pastedOnly.text.contains("not,a,valid"))
    }

    func testAFileThatIsNotUTF8IsRefusedOnTheFileFieldAndThePastedTextKept() throws {
        let before = try pending()
        let latin1 = Array(csv(rows: 1).utf8).flatMap { $0 == 0xC3 ? [] : ($0 == 0xAB ? [0xEB] : [$0]) }
        let refused = upload(file: latin1, pasted: "kept pasted text")
        XCTAssertEqual(refused.status, 422)
        XCTAssertTrue(refused.text.contains("The selected file must be a CSV file saved as UTF-8"), refused.text)
        XCTAssertTrue(refused.text.contains(##"href="#file""##), "the error summary points to the file field")
        XCTAssertTrue(refused.text.contains(#"id="file-error""#))
        XCTAssertTrue(refused.text.contains("kept pasted text"))
        XCTAssertEqual(try pending(), before)

        let empty = upload(file: [])
        XCTAssertEqual(empty.status, 422)
        XCTAssertTrue(empty.text.contains("The selected file is empty"))
    }

    func testTheCSRFTokenIsReadFromTheMultipartFormAndAMalformedBodyIs400() throws {
        let before = try pending()
        XCTAssertEqual(upload(file: Array(csv(rows: 1).utf8), csrf: "").status, 403)
        XCTAssertEqual(upload(file: Array(csv(rows: 1).utf8), csrf: String(repeating: "A", count: 43)).status, 403)
        XCTAssertEqual(try pending(), before)

        let truncated = lead.send(method: "POST", target: importPath,
                                  headers: [("Content-Type", "multipart/form-data; boundary=\(Self.boundary)")],
                                  body: Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nx".utf8))
        XCTAssertEqual(truncated.status, 400)
        XCTAssertTrue(truncated.text.contains("the form ends before its closing boundary"), truncated.text)
        let noBoundary = lead.send(method: "POST", target: importPath, headers: [("Content-Type", "multipart/form-data")], body: [1, 2])
        XCTAssertEqual(noBoundary.status, 400)
    }

    func testTheImportTakesUpToTwoMebibytesAndOtherFormsStayAt64KiB() throws {
        let big = Array(String(repeating: "x", count: 1_900_000).utf8)
        let response = upload(file: big)
        XCTAssertEqual(response.status, 422, "read and checked, not refused for size")
        let tooBig = upload(file: big + big)
        XCTAssertEqual(tooBig.status, 413)
        let account = lead.send(method: "POST", target: "/account/role",
                                headers: [("Content-Type", "multipart/form-data; boundary=\(Self.boundary)")],
                                body: Array(repeating: 120, count: 70_000))
        XCTAssertEqual(account.status, 413)
    }
}
