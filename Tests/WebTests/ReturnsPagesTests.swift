import Foundation
import Induction
import InductTestSupport
@testable import Web
import XCTest

/// Issue 10 item 5 in process: the officer exports the claims in the DfE's format, downloads the
/// file as sent, finds nothing new the second time, and imports the DfE's error file.
final class ReturnsPagesTests: XCTestCase {
    func testExportDownloadAndImportTheErrors() throws {
        let application = try TestEnvironment.makeApplication()
        // The DfE needs the date of birth: Amelia's is taken away here, so her claim is held back.
        try application.database.write { try $0.run("UPDATE ects SET date_of_birth = NULL WHERE trn = '3012456'") }
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        let page = officer.get("/ab/returns")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("11 ready to send."))
        XCTAssertTrue(page.text.contains("not sent: "), "Amelia's is held back with a reason")
        let exported = officer.post("/ab/returns/export", form: [("kind", "claims")])
        XCTAssertEqual(exported.status, 303)
        let file = officer.get("/ab/returns/exports/1/1")
        XCTAssertEqual(file.headers["Content-Type"], "text/csv; charset=utf-8")
        let lines = file.text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first, "TRN,Date of birth,Induction programme,Induction period start date")
        XCTAssertEqual(lines.count, 13, "the header, 11 rows and the last line end")
        XCTAssertTrue(lines.contains("3012458,1999-04-12,provider-led,2026-01-05"))
        XCTAssertTrue(lines.contains("3034410,1998-07-08,school-led,2025-09-01"))
        XCTAssertFalse(file.text.contains("3012456"))
        let again = officer.post("/ab/returns/export", form: [("kind", "claims")])
        XCTAssertEqual(again.status, 422)
        XCTAssertTrue(again.text.contains("There is nothing new to send in the claims return."))

        let errors = "TRN,Date of birth,Induction programme,Induction period start date,Error message\r\n"
            + "3012458,1999-04-12,provider-led,2026-01-05,Date of birth does not match\r\n"
        XCTAssertEqual(officer.post("/ab/returns/errors", form: [("csv", errors)]).location, "/ab/returns?marked=1#not-recorded")
        XCTAssertTrue(officer.get("/ab/returns").text.contains("Date of birth does not match"))
        XCTAssertEqual(officer.post("/ab/returns/export", form: [("kind", "claims")]).status, 303, "offered again")
        XCTAssertEqual(officer.post("/ab/returns/errors", form: [("csv", "not,the,dfe,header\r\n1,2,3,4\r\n")]).status, 422)
    }
}
