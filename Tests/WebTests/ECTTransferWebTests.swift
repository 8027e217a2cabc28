import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 11 item 8 through the web: the whole record as a download and a page, for the AB and the
/// ECT themselves, and the receiving AB's upload of the JSON, refused when one field was changed.
final class ECTTransferWebTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var officer: TestSession!
    private var priya = 0
    private static let boundary = "----InductTransferBoundary3kTrZu0gW"

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        priya = try XCTUnwrap(try application.database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '3012458'") })
        _ = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        officer = try session("ab-officer@pennine.example", .abOfficer)
    }

    private func session(_ email: String, _ role: Role, urn: String? = nil) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
        return session
    }

    func testTheOfficerDownloadsTheWholeRecordAsJSONAndReadsItAsAPage() throws {
        let download = officer.get("/ects/\(priya)/export.json")
        XCTAssertEqual(download.status, 200)
        XCTAssertEqual(download.headers["Content-Disposition"], "attachment; filename=\"induct-record-3012458.json\"")
        XCTAssertEqual(download.headers["Cache-Control"], "no-store")
        let export = try ECTRecordExport.verified(from: Data(download.response.body))
        XCTAssertEqual(export.ect.fullName, "Priya Chauhan")
        XCTAssertFalse(export.reports.isEmpty)
        let page = officer.get("/ects/\(priya)/export")
        XCTAssertEqual(page.status, 200, page.text)
        XCTAssertEqual(page.heading, "Whole record: Priya Chauhan")
        XCTAssertTrue(page.text.contains("Progress review, term 1"))
        XCTAssertTrue(officer.get("/ects/\(priya)").text.contains("href=\"/ects/\(priya)/export\""))
    }

    func testTheECTDownloadsTheirOwnRecordButNoOneElses() throws {
        let ect = try session("priya.chauhan@107512.schools.example", .ect, urn: DemoRecords.calderValleyURN)
        XCTAssertEqual(ect.get("/ects/\(priya)/export.json").status, 200)
        let other = try XCTUnwrap(try records.ectIDs(urn: DemoRecords.calderValleyURN).first { $0 != priya })
        XCTAssertEqual(ect.get("/ects/\(other)/export.json").status, 403)
        XCTAssertTrue(ect.get("/my-induction").text.contains("/ects/\(priya)/export"))
    }

    func testAnUploadedExportIsImportedAndShownReadOnlyWithVerifiedSignatures() throws {
        var export = try ECTRecordExport.verified(from: Data(officer.get("/ects/\(priya)/export.json").response.body))
        // The demo already holds Priya; the same record under a TRN this deployment does not know.
        export.ect.trn = "7654321"
        export.appropriateBody = "Moorland Teaching School Hub"
        let response = upload(try JSONEncoder().encode(export))
        XCTAssertEqual(response.status, 303, response.text)
        let location = try XCTUnwrap(response.location)
        XCTAssertTrue(location.hasSuffix("?saved=transfer"), location)
        let page = officer.get(location)
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("Imported from Moorland Teaching School Hub on 25 November 2026; signatures verified"), page.text)
        XCTAssertTrue(page.text.contains("Observed two lessons."))
    }

    func testATamperedUploadIsRefusedWithASummary() throws {
        var export = try ECTRecordExport.verified(from: Data(officer.get("/ects/\(priya)/export.json").response.body))
        export.ect.trn = "7654322"
        export.reports[0].fields["evidence"] = "Changed after signing."
        let before = try records.count("SELECT count(*) FROM ects")
        let response = upload(try JSONEncoder().encode(export))
        XCTAssertEqual(response.status, 422)
        XCTAssertTrue(response.text.contains("There is a problem"))
        XCTAssertTrue(response.text.contains("changed since it was exported"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects"), before)
        XCTAssertEqual(upload(Data()).status, 422, "no file and nothing pasted")
        // The school is typed by URN: an appropriate body may have thousands, too many for a list.
        let unknown = upload(Data("{}".utf8), urn: "999999")
        XCTAssertEqual(unknown.status, 422)
        XCTAssertTrue(unknown.text.contains("No school here has the URN 999999"))
        XCTAssertTrue(unknown.text.contains(#"value="999999""#), "what was typed is kept")
        XCTAssertTrue(upload(Data("{}".utf8), urn: "12ab").text.contains("6 digits, as on the schools list"))
    }

    private func upload(_ json: Data, urn: String = DemoRecords.stAidansURN) -> TestResponse {
        let form = officer.get("/ab/ect-transfers")
        XCTAssertEqual(form.status, 200)
        var body: [UInt8] = []
        func field(_ name: String, _ value: String) {
            body += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        field("_csrf", officer.csrfToken ?? "")
        body += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"record.json\"\r\n".utf8)
        body += Array("Content-Type: application/json\r\n\r\n".utf8) + [UInt8](json) + Array("\r\n".utf8)
        field("document", "")
        field("urn", urn)
        field("startDay", "4")
        field("startMonth", "1")
        field("startYear", "2027")
        body += Array("--\(Self.boundary)--\r\n".utf8)
        return officer.send(method: "POST", target: "/ab/ect-transfers",
                            headers: [("Content-Type", "multipart/form-data; boundary=\(Self.boundary)")], body: body)
    }
}
