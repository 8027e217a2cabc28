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
        // The DfE needs the date of birth; the demo registrations leave it out but for Priya here.
        try application.database.write { try $0.run("UPDATE ects SET date_of_birth = '1999-04-12' WHERE trn = '3012458'") }
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        let page = officer.get("/ab/returns")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("1 ready to send."))
        XCTAssertTrue(page.text.contains("not sent: "), "the others are held back with a reason")
        let exported = officer.post("/ab/returns/export", form: [("kind", "claims")])
        XCTAssertEqual(exported.status, 303)
        let file = officer.get("/ab/returns/exports/1/1")
        XCTAssertEqual(file.headers["Content-Type"], "text/csv; charset=utf-8")
        XCTAssertEqual(file.text, "TRN,Date of birth,Induction programme,Induction period start date\r\n3012458,1999-04-12,provider-led,2026-01-05\r\n")
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
