import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
@testable import Web
import XCTest

/// Issue 10 item 3 in process: once the final assessment is accepted the AB sees the decision due,
/// with its clocks, and records a pass; a fail without the date the ECT was told is refused.
final class DecisionPagesTests: XCTestCase {
    func testTheOfficerRecordsAPassAfterTheFinalAssessmentIsAccepted() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let fatima = try records.count("SELECT id FROM ects WHERE trn = '3021784'")
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        XCTAssertEqual(officer.get("/ects/\(fatima)/decision").status, 404, "no final assessment yet")
        try TestFixtures.makeAcceptedFinalAssessment(application.database, time: TestEnvironment.fixedTime)

        XCTAssertTrue(officer.get("/ab/decisions").text.contains("Fatima Begum"))
        let page = officer.get("/ects/\(fatima)/decision")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("Appropriate body’s decision (SG 2.67)"), "the decision clock")
        let fail = officer.post("/ects/\(fatima)/decision", form: [("outcome", "fail"), ("decided-day", "25"), ("decided-month", "11"),
                                                                  ("decided-year", "2026")])
        XCTAssertEqual(fail.status, 422)
        XCTAssertTrue(fail.text.contains("Enter the date the ECT was told in writing"))
        let pass = officer.post("/ects/\(fatima)/decision", form: [("outcome", "pass"), ("decided-day", "25"), ("decided-month", "11"),
                                                                  ("decided-year", "2026")])
        XCTAssertEqual(pass.location, "/ects/\(fatima)/decision?saved=1")
        XCTAssertTrue(officer.get("/ects/\(fatima)/decision?saved=1").text.contains("Passed"))
        XCTAssertFalse(officer.get("/ab/decisions").text.contains("Fatima Begum"), "no longer due")
        XCTAssertEqual(try records.count("SELECT count(*) FROM induction_decisions WHERE outcome = 'pass' AND ect_id = ?", [fatima]), 1)
    }

    func testAFailLetterStatesTheRightOfAppealAndAPassLetterDoesNot() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let fatima = try records.count("SELECT id FROM ects WHERE trn = '3021784'")
        try TestFixtures.makeAcceptedFinalAssessment(application.database, time: TestEnvironment.fixedTime, recommendation: "unsatisfactory")
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        XCTAssertEqual(officer.get("/ects/\(fatima)/decision/letter?to=ect").status, 404, "no decision yet")
        XCTAssertEqual(officer.post("/ects/\(fatima)/decision", form: [
            ("outcome", "fail"), ("decided-day", "25"), ("decided-month", "11"), ("decided-year", "2026"),
            ("told-day", "25"), ("told-month", "11"), ("told-year", "2026"),
        ]).status, 303)
        let letter = officer.get("/ects/\(fatima)/decision/letter?to=ect").text
        XCTAssertTrue(letter.contains("Dear Fatima Begum"))
        XCTAssertTrue(letter.contains("has not completed the induction period satisfactorily: a fail."))
        XCTAssertTrue(letter.contains("appeal against this decision to the Teaching Regulation Agency"))
        XCTAssertTrue(letter.contains("23 December 2026"), "20 working days after Wednesday 25 November 2026")
        let head = officer.get("/ects/\(fatima)/decision/letter?to=headteacher").text
        XCTAssertTrue(head.contains("Fatima Begum (TRN 3021784): the outcome of induction"))
    }
}
