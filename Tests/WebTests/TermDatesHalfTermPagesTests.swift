import Foundation
import HTTP
import Induction
import InductTestSupport
@testable import Web
import XCTest

/// The term dates pages with half terms (issue 7, item 6): shown on the list, edited with the same
/// three-field date inputs, refused with a message on the field when outside the term.
final class TermDatesHalfTermPagesTests: XCTestCase {
    private func admin() throws -> TestSession {
        let session = TestSession(try TestEnvironment.makeApplication())
        try session.adoptSession(userID: try DemoRecords(session.application.database).userID(email: "ab-admin@pennine.example"),
                                 grantID: nil)
        return session
    }

    private func termForm(_ changes: [String: String] = [:]) -> [(String, String)] {
        let values = TermDatesForm(AcademicYearTerms.englandDefault(academicYear: 2026)).values.merging(changes) { _, new in new }
        return TermDatesForm.inputNames.map { ($0, values[$0] ?? "") }
    }

    func testTheListShowsEachTermsHalfTerm() throws {
        let list = try admin().get("/admin/term-dates").text
        XCTAssertTrue(list.contains(#"Half term <time datetime="2026-10-26">26 October 2026</time> to <time datetime="2026-10-30">30 October 2026</time>"#), list)
        XCTAssertTrue(list.contains(#"<time datetime="2027-02-15">15 February 2027</time>"#))
    }

    func testTheEditFormHasHalfTermDateInputs() throws {
        let page = try admin().get("/admin/term-dates/2026").text
        XCTAssertTrue(page.contains(#"<legend class="fieldset__legend">Autumn half term start date</legend>"#))
        XCTAssertTrue(page.contains(#"name="autumnHalfTermStart-day" type="text" inputmode="numeric" autocomplete="off" value="26""#))
        XCTAssertTrue(page.contains(#"name="summerHalfTermEnd-month" type="text" inputmode="numeric" autocomplete="off" value="6""#))
    }

    func testAHalfTermOutsideItsTermIsRefusedOnTheFieldWithWhatWasTyped() throws {
        let session = try admin()
        let response = session.post("/admin/term-dates/2026", form: termForm(["autumnHalfTermEnd-day": "19", "autumnHalfTermEnd-month": "12"]))
        XCTAssertEqual(response.status, 422)
        XCTAssertTrue(response.text.contains(##"<a href="#autumnHalfTermEnd-day">Autumn half term end date must be before the autumn term end date</a>"##))
        XCTAssertTrue(response.text.contains(#"name="autumnHalfTermEnd-month" type="text" inputmode="numeric" autocomplete="off" value="12""#))
        XCTAssertEqual(try DemoRecords(session.application.database).count("SELECT count(*) FROM term_dates"), 0)
    }

    func testASavedHalfTermIsShownAndUsed() throws {
        let session = try admin()
        let saved = session.post("/admin/term-dates/2026", form: termForm(["autumnHalfTermStart-day": "19"]))
        XCTAssertEqual(saved.status, 303)
        XCTAssertTrue(session.get("/admin/term-dates").text.contains(#"Half term <time datetime="2026-10-19">19 October 2026</time>"#))
        let stored = try session.application.database.read { try TermDatesStore().stored(academicYear: 2026, $0) }
        XCTAssertEqual(stored?.autumn.halfTerm?.lowerBound.iso, "2026-10-19")
    }
}
