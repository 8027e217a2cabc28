import Induction
import InductTestSupport
import XCTest

/// The record's forms in-process: absences and leaving by the school, adjustments by the AB.
final class ECTRecordPagesTests: XCTestCase {
    private func projectedEnd(_ html: String) -> String? {
        HTML.firstMatch(#"<dt class="summary-list__key">Projected end date</dt>\s*<dd[^>]*>(.*?)</dd>"#, in: html).map(HTML.plainText)
    }

    private let thirtyDays = [("start-day", "7"), ("start-month", "9"), ("start-year", "2026"), ("end-day", "13"),
                              ("end-month", "11"), ("end-year", "2026"), ("days", "30"), ("category", "sickness")]

    func testTheHeadteacherRecordsThirtyDaysAndTheProjectedEndMoves() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        XCTAssertEqual(session.signIn("headteacher@107512.schools.example").status, 303)
        let before = session.get("/ects/1")
        XCTAssertEqual(projectedEnd(before.text), "22 July 2027")
        XCTAssertTrue(before.text.contains("/ects/1/absences/new"))
        XCTAssertEqual(session.get("/ects/1/absences/new").status, 200)
        let saved = session.post("/ects/1/absences/new", form: thirtyDays)
        XCTAssertEqual(saved.status, 303)
        XCTAssertEqual(saved.location, "/ects/1?saved=absence-threshold")
        let after = session.get("/ects/1?saved=absence-threshold")
        XCTAssertNotEqual(projectedEnd(after.text), "22 July 2027")
        XCTAssertTrue(after.text.contains("30-day rule applies"))
        XCTAssertTrue(after.text.contains("Absence recorded") && after.text.contains("30 days’ absence reached"), "history")
    }

    func testAnInvalidAbsenceIsShownAgainWithMessagesAndWhatWasTyped() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        XCTAssertEqual(session.signIn("headteacher@107512.schools.example").status, 303)
        _ = session.get("/ects/1/absences/new")
        let response = session.post("/ects/1/absences/new", form: [("start-day", "20"), ("start-month", "11"), ("start-year", "2026"),
                                                                   ("end-day", "1"), ("end-month", "11"), ("end-year", "2026"),
                                                                   ("days", "99"), ("category", "sickness"), ("extend", "yes")])
        XCTAssertEqual(response.status, 422)
        XCTAssertTrue(response.text.contains("There is a problem"))
        XCTAssertTrue(response.text.contains("The end date must be the same as or after the start date"))
        XCTAssertTrue(response.text.contains("Only statutory leave can extend induction"))
        XCTAssertTrue(response.text.contains(#"name="days" type="text" inputmode="numeric" autocomplete="off" value="99""#))
        XCTAssertTrue(response.text.contains(#"value="sickness" checked"#))
    }

    func testAMentorMayNotUseTheForms() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        XCTAssertEqual(session.signIn("mentor@107512.schools.example").status, 303)
        XCTAssertEqual(session.get("/ects/1/absences/new").status, 403)
        XCTAssertEqual(session.get("/ects/1/leaving").status, 403)
        XCTAssertEqual(session.get("/ects/1/adjustments/new").status, 403)
        XCTAssertFalse(session.get("/ects/1").text.contains("/ects/1/absences/new"))
    }

    func testTheOfficerExtendsByOneAndAHalfTerms() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        XCTAssertEqual(session.signIn("ab-officer@pennine.example").status, 303)
        XCTAssertEqual(session.get("/ects/1/adjustments/new").status, 200)
        let saved = session.post("/ects/1/adjustments/new", form: [("kind", "extension"), ("terms", "1.5"), ("reason", "More time to show the Standards")])
        XCTAssertEqual(saved.location, "/ects/1?saved=extension")
        let page = session.get("/ects/1?saved=extension")
        XCTAssertNotEqual(projectedEnd(page.text), "22 July 2027")
        XCTAssertTrue(page.text.contains("Extension of 1.5 terms"))
        XCTAssertTrue(page.text.contains("Induction extended"), "history")
    }
}
