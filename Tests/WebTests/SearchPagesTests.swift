import Foundation
import Induction
import InductTestSupport
@testable import Web
import XCTest

/// Issue 10 item 8: the appropriate body finds an ECT by TRN or name and a school by URN or name,
/// from a search box on every page it sees.
final class SearchPagesTests: XCTestCase {
    func testAnECTByTRNOrNameAndASchoolByURNOrName() throws {
        let application = try TestEnvironment.makeApplication()
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        XCTAssertTrue(officer.get("/ab").text.contains(#"action="/ab/search""#), "the header's search box")
        let byTRN = officer.get("/ab/search?q=3012458").text
        XCTAssertTrue(byTRN.contains("Priya Chauhan"))
        XCTAssertFalse(byTRN.contains("Amelia Hartley"))
        XCTAssertTrue(officer.get("/ab/search?q=chauhan%20priya").text.contains("Priya Chauhan"), "words in any order, any case")
        XCTAssertTrue(officer.get("/ab/search?q=138204").text.contains("Holme Moss Academy"))
        XCTAssertTrue(officer.get("/ab/search?q=holme").text.contains("Holme Moss Academy"))
        let none = officer.get("/ab/search?q=%25_%25")
        XCTAssertEqual(none.status, 200)
        XCTAssertTrue(none.text.contains("No ECT matches."), "LIKE wildcards are taken literally")
        XCTAssertEqual(officer.get("/ab/search").status, 200)
        let head = try TestSession.acting(application, "headteacher@107512.schools.example", as: .headteacher, urn: "107512")
        XCTAssertFalse(head.get("/schools/\(try DemoRecords(application.database).schoolID(urn: "107512"))").text.contains(#"action="/ab/search""#))
        XCTAssertEqual(head.get("/ab/search?q=holme").status, 403)
    }
}
