import Foundation
import HTTP
import Induction
import InductTestSupport
@testable import Web
import XCTest

/// Issue 9 item 4's must-show, in process: a disguised executable is refused; a real PDF is stored
/// once and downloaded only by people who may read the report, as an attachment of its real type.
final class EvidenceUploadTests: XCTestCase {
    private static let boundary = "----induct-evidence-test"
    private var application: Application!
    private var records: DemoRecords { DemoRecords(application.database) }

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
    }

    private func session(_ email: String, _ role: Role, urn: String?) throws -> TestSession {
        try TestSession.acting(application, email, as: role, urn: urn)
    }

    private func upload(_ bytes: [UInt8], named name: String, as tutor: TestSession, to reportID: Int) -> TestResponse {
        var body = Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(tutor.csrfToken ?? "")\r\n".utf8)
        body += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n".utf8)
        body += Array("Content-Type: application/pdf\r\n\r\n".utf8) + bytes + Array("\r\n--\(Self.boundary)--\r\n".utf8)
        return tutor.send(method: "POST", target: "/reports/\(reportID)/evidence",
                          headers: [("Content-Type", "multipart/form-data; boundary=\(Self.boundary)")], body: body)
    }

    func testADisguisedExecutableIsRefusedAndARealPDFIsStoredOnceForThoseWithAccess() throws {
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        let reportID = try records.makeSharedReport(ectID: priya, time: TestEnvironment.fixedTime)
        let tutor = try session("david.greenwood@107512.schools.example", .inductionTutor, urn: "107512")

        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 120)
        let disguised = upload(elf, named: "observation.pdf", as: tutor, to: reportID)
        XCTAssertEqual(disguised.status, 422)
        XCTAssertTrue(disguised.text.contains("PDF, Word"), "the message names the allowed types")
        XCTAssertEqual(try records.count("SELECT count(*) FROM evidence_blobs"), 0, "nothing stored")

        let pdf = DemoRecords.pdf("Lesson observation, 12 November")
        XCTAssertEqual(upload(pdf, named: "Lesson observation.pdf", as: tutor, to: reportID).status, 303)
        XCTAssertEqual(upload(pdf, named: "Lesson observation.pdf", as: tutor, to: reportID).status, 303, "a retry")
        XCTAssertEqual(try records.count("SELECT count(*) FROM evidence_blobs"), 1)
        XCTAssertEqual(try records.count("SELECT count(*) FROM evidence_files WHERE removed_at IS NULL"), 1, "stored once")
        let fileID = try records.count("SELECT id FROM evidence_files")
        let path = "/reports/\(reportID)/evidence/\(fileID)"
        XCTAssertTrue(tutor.get("/reports/\(reportID)").text.contains(path))

        for reader in [try session("priya.chauhan@107512.schools.example", .ect, urn: "107512"),
                       try session("mentor@107512.schools.example", .mentor, urn: "107512"), tutor] {
            let download = reader.get(path)
            XCTAssertEqual(download.status, 200)
            XCTAssertEqual(download.response.body, pdf)
            XCTAssertEqual(download.headers["Content-Type"], "application/pdf")
            XCTAssertEqual(download.headers["Content-Disposition"],
                           "attachment; filename=\"Lesson observation.pdf\"; filename*=UTF-8''Lesson%20observation.pdf")
            XCTAssertEqual(download.headers["X-Content-Type-Options"], "nosniff")
        }
        for outsider in [try session("headteacher@138204.schools.example", .headteacher, urn: "138204"),
                         try session("school-admin@107512.schools.example", .schoolAdmin, urn: "107512")] {
            XCTAssertEqual(outsider.get(path).status, 403)
        }
        XCTAssertEqual(tutor.get("/reports/\(reportID)/evidence/\(fileID + 99)").status, 404)
    }
}
