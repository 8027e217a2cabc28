import Foundation
import InductTestSupport
import SQLite
import XCTest

/// Issue 4's journey in a real browser: a school registers an ECT, the appropriate body confirms
/// them, their timeline shows six terms with due dates, and 30 days' absence moves the projected end.
final class ECTJourneyBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
    }

    override func tearDown() {
        session?.close()
    }

    func testRegisterConfirmTimelineAndThirtyDaysAbsence() throws {
        let calder = try DemoRecords(session.application.database).schoolID(urn: DemoRecords.calderValleyURN)
        _ = try session.signIn("induction-lead@107512.schools.example")
        try session.open("/schools/\(calder)/ects/new")
        let typed: [(String, String)] = [
            ("#firstName", "Samuel"), ("#lastName", "Okafor"), ("#email", "samuel.okafor@107512.schools.example"),
            ("#trn", "445566"), ("#dateOfBirth-day", "12"), ("#dateOfBirth-month", "5"), ("#dateOfBirth-year", "1999"),
            ("#qtsDate-day", "10"), ("#qtsDate-month", "7"), ("#qtsDate-year", "2026"),
            ("#inductionStart-day", "1"), ("#inductionStart-month", "9"), ("#inductionStart-year", "2026"),
            ("#fte", "1.0"), ("#leadProvider", "Ambition Institute"),
        ]
        for (selector, text) in typed { try session.driver.fill(selector, with: text) }
        // Item 10: the tutor and mentor are chosen from the school's staff accounts.
        let records = DemoRecords(session.application.database)
        let tutor = try records.userID(email: "david.greenwood@107512.schools.example")
        let mentor = try records.userID(email: "sophie.lumb@107512.schools.example")
        try session.driver.click(selector: "#tutor option[value='\(tutor)']")
        try session.driver.click(selector: "#mentor option[value='\(mentor)']")
        try session.driver.click(selector: "input[name=trainingProgramme][value=provider-led]")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the registration form")
        let registered = try session.follow("main form button[type=submit]")
        XCTAssertTrue(registered.hasPrefix("/schools/\(calder)?registered="), registered)
        XCTAssertTrue(try session.driver.texts(of: "main").joined().contains("Samuel Okafor has been registered"))
        let ectID = try XCTUnwrap(session.application.database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '0445566'") },
                                  "the 6-digit TRN was left-padded")
        XCTAssertEqual(try status(of: ectID), "pending")

        _ = try session.signOut()
        _ = try session.signIn("ab-officer@pennine.example")
        try session.open("/ab/ect-registrations")
        XCTAssertTrue(try session.driver.texts(of: "main").joined().contains("Samuel Okafor"))
        let confirmed = try session.follow("main form[action$='/confirm'] button[type=submit]")
        XCTAssertTrue(confirmed.hasPrefix("/ab/ect-registrations?confirmed="), confirmed)
        XCTAssertEqual(try status(of: ectID), "confirmed")

        try session.open("/ects/\(ectID)")
        XCTAssertEqual(try session.headings(), ["Samuel Okafor"])
        let terms = try session.driver.texts(of: "table.timeline tbody tr")
        XCTAssertEqual(terms.count, 6, "six terms for a full-time ECT: \(terms)")
        XCTAssertTrue(terms[2].contains("First formal assessment"), terms[2])
        XCTAssertTrue(terms[5].contains("Final formal assessment"), terms[5])
        let endBefore = try projectedEnd()
        XCTAssertEqual(endBefore, "2028-07-21", "two school years from 1 September 2026")

        _ = try session.signOut()
        _ = try session.signIn("headteacher@107512.schools.example")
        try session.open("/ects/\(ectID)/absences/new")
        for (selector, text) in [("#start-day", "5"), ("#start-month", "10"), ("#start-year", "2026"),
                                 ("#end-day", "13"), ("#end-month", "11"), ("#end-year", "2026"), ("#days", "30")] {
            try session.driver.fill(selector, with: text)
        }
        try session.driver.click(selector: "input[name=category][value=sickness]")
        let saved = try session.follow("main form button[type=submit]")
        XCTAssertTrue(saved.hasPrefix("/ects/\(ectID)?saved=absence"), saved)
        let endAfter = try projectedEnd()
        XCTAssertGreaterThan(endAfter, endBefore, "30 days' absence extends the first year (SG 3.6)")
        XCTAssertEqual(try session.accessibilityViolations(), [], "the record with an absence")
    }

    private func status(of ectID: Int) throws -> String? {
        try session.application.database.read { try $0.queryOne("SELECT registration_status FROM ects WHERE id = ?", [ectID])?.string("registration_status") }
    }

    /// The ISO date of the "Projected end date" row on the record page.
    private func projectedEnd() throws -> String {
        let script = """
            const row = [...document.querySelectorAll('.summary-list__row')].find(r => r.querySelector('dt').textContent.trim() === 'Projected end date');
            const time = row && row.querySelector('time');
            return time ? time.getAttribute('datetime') : '';
            """
        return try session.driver.execute(script) as? String ?? ""
    }
}
