import Foundation
import HTTP
import Induction
import InductTestSupport
import SQLite
@testable import Web
import XCTest

/// The AB admin's appropriate body details and term dates pages, in process with strict templates:
/// saving term dates changes the ECT timeline, a wrong date comes back with what was typed, the
/// ECT sees their named contact, and nobody but the AB admin reaches the pages.
final class AdminSettingsPagesTests: XCTestCase {
    private static let calder = DemoRecords.calderValleyURN

    private func session(as email: String, role: Role? = nil, in application: Application? = nil) throws -> TestSession {
        let session = TestSession(try application ?? TestEnvironment.makeApplication())
        let records = DemoRecords(session.application.database)
        let grant = try role.map { try records.grantID(email: email, role: $0, urn: $0.isAppropriateBodyStaff ? nil : Self.calder) }
        try session.adoptSession(userID: try records.userID(email: email), grantID: grant)
        return session
    }

    /// The England default dates for 2026 to 2027, as the form's fields, with some changed.
    private func termForm(_ changes: [String: String] = [:]) -> [(String, String)] {
        let values = TermDatesForm(AcademicYearTerms.englandDefault(academicYear: 2026)).values.merging(changes) { _, new in new }
        return TermDatesForm.inputNames.map { ($0, values[$0] ?? "") }
    }

    func testSavedTermDatesChangeTheECTTimeline() throws {
        let admin = try session(as: "ab-admin@pennine.example")
        let before = admin.get("/ects/1")
        XCTAssertEqual(before.heading, "Amelia Hartley")
        XCTAssertTrue(before.text.contains(#"<time datetime="2026-12-18">18 December 2026</time>"#))

        let list = admin.get("/admin/term-dates")
        XCTAssertEqual(list.status, 200)
        XCTAssertTrue(list.text.contains("2026 to 2027"), "the current academic year on 25 November 2026")
        XCTAssertTrue(list.text.contains("2027 to 2028"), "and the next")
        XCTAssertFalse(list.text.contains("Set by you"))
        XCTAssertEqual(admin.get("/admin/term-dates/2026").status, 200)

        let saved = admin.post("/admin/term-dates/2026", form: termForm(["autumnEnd-day": "11"]))
        XCTAssertEqual(saved.status, 303)
        XCTAssertEqual(saved.location, "/admin/term-dates?saved=2026")
        let after = admin.get("/admin/term-dates?saved=2026").text
        XCTAssertTrue(after.contains("Term dates for 2026 to 2027 have been saved."))
        XCTAssertTrue(after.contains("Set by you"))

        let timeline = admin.get("/ects/1").text
        XCTAssertTrue(timeline.contains(#"<time datetime="2026-12-11">11 December 2026</time>"#), "autumn 2026 ends on the AB's date")
        XCTAssertFalse(timeline.contains("18 December 2026"))
        let records = DemoRecords(admin.application.database)
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'term_dates.updated' AND record_id = 2026"), 1)

        XCTAssertEqual(admin.post("/admin/term-dates/2026/reset").location, "/admin/term-dates?reset=2026")
        XCTAssertTrue(admin.get("/ects/1").text.contains("18 December 2026"), "back to the England defaults")
        XCTAssertEqual(try records.count("SELECT count(*) FROM term_dates"), 0)
    }

    func testAnInvalidDateIsRefusedWithWhatWasTyped() throws {
        let admin = try session(as: "ab-admin@pennine.example")
        let response = admin.post("/admin/term-dates/2026", form: termForm(["springStart-day": "31", "springStart-month": "2",
                                                                            "summerEnd-year": "20x7"]))
        XCTAssertEqual(response.status, 422)
        let html = response.text
        XCTAssertTrue(html.contains("There is a problem"))
        XCTAssertTrue(html.contains(##"<a href="#springStart-day">Spring term start date must be a real date</a>"##), html)
        XCTAssertTrue(html.contains(##"<a href="#summerEnd-day">Summer term end date must be a real date</a>"##))
        XCTAssertTrue(html.contains(#"id="springStart-day" name="springStart-day" type="text" inputmode="numeric" autocomplete="off" value="31""#))
        XCTAssertTrue(html.contains(#"name="summerEnd-year" type="text" inputmode="numeric" autocomplete="off" value="20x7""#))
        XCTAssertTrue(html.contains(#"name="autumnEnd-day" type="text" inputmode="numeric" autocomplete="off" value="18""#))
        XCTAssertEqual(try DemoRecords(admin.application.database).count("SELECT count(*) FROM term_dates"), 0)
    }

    func testYearsOutsideTheRangeAreNotFound() throws {
        let admin = try session(as: "ab-admin@pennine.example")
        for year in ["1999", "2201", "abcd", "026", "20260", "-2026", "٢٠٢٦"] {
            XCTAssertEqual(admin.get("/admin/term-dates/\(year)").status, 404, year)
            XCTAssertEqual(admin.post("/admin/term-dates/\(year)", form: termForm()).status, 404, year)
            XCTAssertEqual(admin.post("/admin/term-dates/\(year)/reset").status, 404, year)
        }
        XCTAssertEqual(admin.get("/admin/term-dates/2200").status, 200)
    }

    func testTheAdminSavesTheContactAndTheECTSeesIt() throws {
        let admin = try session(as: "ab-admin@pennine.example")
        let form = [("name", "Pennine Teaching School Hub"), ("contactName", "Sam Okafor"), ("contactEmail", "sam@pennine.example"),
                    ("contactPhone", "01484 000000"), ("progressReviewFee", "£50"), ("formalAssessmentFee", "120.50"),
                    ("interimAssessmentFee", "0"), ("annualFeePerECT", "1,250")]
        let ect = try session(as: "amelia.hartley@107512.schools.example", role: .ect, in: admin.application)
        XCTAssertFalse(ect.get("/my-induction").text.contains("If you have a concern"), "no contact set yet")

        let saved = admin.post("/admin/appropriate-body", form: form)
        XCTAssertEqual(saved.location, "/admin/appropriate-body?saved=1")
        let page = admin.get("/admin/appropriate-body?saved=1").text
        XCTAssertTrue(page.contains("have been saved"))
        XCTAssertTrue(page.contains(#"value="120.50""#))
        XCTAssertTrue(page.contains(#"value="1250.00""#))

        let mine = HTML.plainText(ect.get("/my-induction").text)
        XCTAssertTrue(mine.contains("If you have a concern about your induction, contact Sam Okafor (sam@pennine.example), who is not involved in your assessment."), mine)
        XCTAssertFalse(HTML.plainText(admin.get("/ects/1").text).contains("If you have a concern"), "only on the ECT's own page")

        let bad = admin.post("/admin/appropriate-body", form: [("name", ""), ("contactName", "Sam"), ("contactEmail", "nope"),
                                                               ("progressReviewFee", "fifty")])
        XCTAssertEqual(bad.status, 422)
        XCTAssertTrue(bad.text.contains(##"<a href="#contactEmail">Enter an email address in the correct format, like name@example.com</a>"##))
        XCTAssertTrue(bad.text.contains(#"value="fifty""#))
        XCTAssertEqual(try DemoRecords(admin.application.database).count(
            "SELECT count(*) FROM audit_events WHERE action = 'appropriate_body.updated'"), 1)
    }

    func testOnlyTheAdminReachesThePages() throws {
        let admin = try session(as: "ab-admin@pennine.example")
        let pages = ["/admin/appropriate-body", "/admin/term-dates", "/admin/term-dates/2026"]
        for page in pages { XCTAssertEqual(admin.get(page).status, 200, page) }
        for (email, role) in [("headteacher@107512.schools.example", Role.headteacher), ("ab-officer@pennine.example", .abOfficer)] {
            let other = try session(as: email, role: role, in: admin.application)
            for page in pages { XCTAssertEqual(other.get(page).status, 403, "\(email) \(page)") }
            XCTAssertEqual(other.post("/admin/term-dates/2026", form: termForm(["autumnEnd-day": "11"])).status, 403)
            XCTAssertEqual(other.post("/admin/term-dates/2026/reset").status, 403)
            XCTAssertEqual(other.post("/admin/appropriate-body", form: [("name", "Taken over")]).status, 403)
        }
        XCTAssertEqual(try DemoRecords(admin.application.database).count("SELECT count(*) FROM term_dates"), 0)
        XCTAssertTrue(admin.get("/ab").text.contains(#"href="/admin/term-dates""#))
        XCTAssertTrue(admin.get("/admin/settings").text.contains(#"href="/admin/appropriate-body""#))
    }
}
