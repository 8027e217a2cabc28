import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
@testable import Web
import XCTest

/// Issue 10 item 3 on the decision page: the officer records the ECT's representations before deciding
/// (a double-click records them once) and, after deciding, the day the notices went and the TRA was told.
final class DecisionFollowUpPagesTests: XCTestCase {
    private func setUp(recommendation: String) throws -> (TestSession, DemoRecords, Int) {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        try TestFixtures.makeAcceptedFinalAssessment(application.database, time: TestEnvironment.fixedTime, recommendation: recommendation)
        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        return (officer, records, try records.count("SELECT id FROM ects WHERE trn = '3021784'"))
    }

    func testRepresentationsAreRecordedOnceAndShown() throws {
        let (officer, records, fatima) = try setUp(recommendation: "unsatisfactory")
        let empty = officer.post("/ects/\(fatima)/decision/representations", form: [("summary", " ")])
        XCTAssertEqual(empty.status, 422)
        XCTAssertTrue(empty.text.contains("Enter the date the representations were received"))
        XCTAssertTrue(empty.text.contains("Summarise the ECT’s representations"))
        let form = [("received-day", "25"), ("received-month", "11"), ("received-year", "2026"),
                    ("summary", "The ECT says the spring observations were <b>missed</b>.")]
        XCTAssertEqual(officer.post("/ects/\(fatima)/decision/representations", form: form).location,
                       "/ects/\(fatima)/decision?saved=representations#representations")
        XCTAssertEqual(officer.post("/ects/\(fatima)/decision/representations", form: form).status, 303, "the second click")
        XCTAssertEqual(try records.count("SELECT count(*) FROM ect_representations WHERE ect_id = ?", [fatima]), 1)
        let page = officer.get("/ects/\(fatima)/decision?saved=representations").text
        XCTAssertTrue(page.contains("The ECT’s representations have been recorded."))
        XCTAssertTrue(page.contains("were &lt;b&gt;missed&lt;/b&gt;."), "escaped on output")
    }

    func testNoticesAfterAnExtensionRecordTheAgencyTooAndRefuseAFutureDate() throws {
        let (officer, records, fatima) = try setUp(recommendation: "extension")
        XCTAssertFalse(officer.get("/ects/\(fatima)/decision").text.contains("Record the notices"), "nothing to notify yet")
        XCTAssertEqual(officer.post("/ects/\(fatima)/decision", form: [
            ("outcome", "extension"), ("terms", "1"), ("decided-day", "25"), ("decided-month", "11"), ("decided-year", "2026"),
        ]).status, 303)
        XCTAssertTrue(officer.get("/ects/\(fatima)/decision").text.contains("Record the notices"))
        let future = officer.post("/ects/\(fatima)/decision/notices", form: [("sent-day", "30"), ("sent-month", "11"), ("sent-year", "2026")])
        XCTAssertEqual(future.status, 422)
        XCTAssertTrue(future.text.contains("The date cannot be in the future"))
        XCTAssertTrue(future.text.contains("value=\"30\""), "what was typed comes back")
        XCTAssertEqual(officer.post("/ects/\(fatima)/decision/notices", form: [
            ("sent-day", "25"), ("sent-month", "11"), ("sent-year", "2026"), ("tra-day", "25"), ("tra-month", "11"), ("tra-year", "2026"),
        ]).location, "/ects/\(fatima)/decision?saved=notices#notices")
        let page = officer.get("/ects/\(fatima)/decision").text
        XCTAssertTrue(page.contains("Teaching Regulation Agency told"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM induction_decisions WHERE notices_sent_on = '2026-11-25' AND tra_told_on = '2026-11-25'"), 1)
    }

    func testAPassHasNoAgencyDateToGive() throws {
        let (officer, _, fatima) = try setUp(recommendation: "satisfactory")
        XCTAssertEqual(officer.post("/ects/\(fatima)/decision", form: [
            ("outcome", "pass"), ("decided-day", "25"), ("decided-month", "11"), ("decided-year", "2026"),
        ]).status, 303)
        XCTAssertFalse(officer.get("/ects/\(fatima)/decision").text.contains("tra-day"), "a pass goes to the TRA in the return")
        let refused = officer.post("/ects/\(fatima)/decision/notices", form: [
            ("sent-day", "25"), ("sent-month", "11"), ("sent-year", "2026"), ("tra-day", "25"), ("tra-month", "11"), ("tra-year", "2026"),
        ])
        XCTAssertEqual(refused.status, 422)
    }
}
