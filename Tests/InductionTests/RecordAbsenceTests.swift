import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// The record's services on the seeded database (Amelia Hartley, ects id 1: full time from
/// 1 September 2025 at school 1; today 25 November 2026, in year 2 of induction).
final class RecordAbsenceTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
        try SignInFixtures.makeUser(database, email: "head@school1.example", hash: nil, grants: [(.headteacher, 1)])
        try SignInFixtures.makeUser(database, email: "officer@ab.example", hash: nil, grants: [(.abOfficer, nil)])
        try SignInFixtures.makeUser(database, email: "head@school2.example", hash: nil, grants: [(.headteacher, 2)])
    }

    private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private func projectedEnd(_ ectID: Int = 1) throws -> CalendarDate? {
        let record = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: ectID, $0) })
        return try TermCalendar.compute(record.calendarInput).projectedEndDate
    }

    @discardableResult
    private func record(_ category: AbsenceCategory, days: Int, extend: Bool = false, ectID: Int = 1,
                        from start: String = "2026-09-07", to end: String = "2026-11-13") throws -> [InductionYear] {
        let absence = try XCTUnwrap(Absence(start: date(start), end: date(end), days: days, category: category,
                                            ectChoosesToExtend: extend))
        return try RecordAbsence(store: TestFixtures.makeStore(database)).record(absence, ectID: ectID, author: TestFixtures.makeAuthor())
    }

    func testTwentyNineDaysNeitherExtendsNorEmails() throws {
        let before = try projectedEnd()
        XCTAssertEqual(try record(.sickness, days: 29), [])
        XCTAssertEqual(try projectedEnd(), before)
        XCTAssertEqual(try SignInFixtures.outbox(database).count, 0)
        XCTAssertEqual(try SignInFixtures.auditActions(database).filter { $0.hasPrefix("absence.") }, ["absence.recorded"])
    }

    func testThirtyDaysMovesTheEndAndTellsTheHeadteacherAndTheAppropriateBody() throws {
        let before = try XCTUnwrap(try projectedEnd())
        let crossed = try record(.sickness, days: 30)
        XCTAssertEqual(crossed.map(\.number), [2])
        let after = try XCTUnwrap(try projectedEnd())
        XCTAssertGreaterThan(after, before, "SG 3.6: the year is extended by the 30 days")
        let outbox = try SignInFixtures.outbox(database)
        XCTAssertEqual(Set(outbox.map(\.recipient)), ["head@school1.example", "officer@ab.example"])
        XCTAssertTrue(outbox[0].body.contains("has reached 30 days' absence in year 2 of induction; the year is extended by 30 days"))
        XCTAssertTrue(outbox[0].body.contains("Projected end date now \(after.ukLong)"))
        XCTAssertTrue(try SignInFixtures.auditActions(database).contains("absence.threshold_reached"))
    }

    func testStatutoryLeaveMovesTheEndOnlyByTheECTsChoice() throws {
        let before = try projectedEnd()
        try record(.maternity, days: 40)
        XCTAssertEqual(try projectedEnd(), before, "SG 3.7: not chosen, no move")
        XCTAssertEqual(try SignInFixtures.outbox(database).count, 0)
        try record(.maternity, days: 40, extend: true, ectID: 1, from: "2026-03-02", to: "2026-05-15")
        XCTAssertGreaterThan(try XCTUnwrap(try projectedEnd()), try XCTUnwrap(before), "chosen: the year is extended")
    }

    func testLeavingAfterTwoAndAHalfTermsAtHalfTimeClosesThePeriodWith1250() throws {
        let ectID = try XCTUnwrap(try database.write { c -> Int? in
            try c.run("UPDATE ects SET fte_percent = 50, induction_start_date = '2025-09-01' WHERE id = 1")
            try c.run("UPDATE induction_periods SET start_date = '2025-09-01' WHERE ect_id = 1")
            return 1
        })
        // Half terms (issue 7): 9 June 2026 is the 31st of summer 2026's 62 school days, half the term.
        let served = try RecordLeaving(store: InductionStore(database: database, time: time))
            .record(leaving: date("2026-06-09"), nextSchool: "Oak Academy", ectID: ectID, author: Author(userID: nil, name: "Head", role: nil, clientAddress: ""))
        XCTAssertEqual(served.thousandths, 1250)
        let row = try XCTUnwrap(try database.read { try $0.queryOne("SELECT * FROM induction_periods WHERE ect_id = 1") })
        XCTAssertEqual(try row.string("end_date"), "2026-06-09")
        XCTAssertEqual(try row.int("terms_served"), 1250)
        XCTAssertEqual(try row.string("next_school"), "Oak Academy")
        let record = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: 1, $0) })
        XCTAssertTrue(try TermCalendar.compute(record.calendarInput).dueItems.contains { $0.kind == .interimAssessment })
        XCTAssertTrue(try SignInFixtures.auditActions(database).contains("ect.leaving_recorded"))
    }

    func testAnExtensionOfOneAndAHalfTermsMovesTheEnd() throws {
        let before = try XCTUnwrap(try projectedEnd())
        guard case .success(let added) = AdjustmentForm(values: ["kind": "extension", "terms": "1.5", "reason": "More time"])
            .validate(carriedOver: .zero) else { return XCTFail("a valid extension") }
        try RecordAdjustment(store: InductionStore(database: database, time: time)).record(added, ectID: 1, author: Author(userID: nil, name: "Officer", role: nil, clientAddress: ""))
        XCTAssertGreaterThan(try XCTUnwrap(try projectedEnd()), before)
        XCTAssertTrue(try SignInFixtures.auditActions(database).contains("induction.extended"))
    }

    func testAReductionNeedsTheECTsConsent() throws {
        let refused = AdjustmentForm(values: ["kind": "reduction", "terms": "3", "reason": "Prior experience"]).validate(carriedOver: .zero)
        guard case .failure(let errors) = refused else { return XCTFail("consent is required") }
        XCTAssertEqual(errors.messages["consent"], "Confirm that the ECT agrees to the reduction")
        guard case .success(let reduction) = AdjustmentForm(values: ["kind": "reduction", "terms": "3", "reason": "Prior experience",
                                                                     "consent": "yes"]).validate(carriedOver: .zero)
        else { return XCTFail("with consent") }
        let before = try XCTUnwrap(try projectedEnd())
        try RecordAdjustment(store: InductionStore(database: database, time: time)).record(reduction, ectID: 1, author: Author(userID: nil, name: "Officer", role: nil, clientAddress: ""))
        XCTAssertLessThan(try XCTUnwrap(try projectedEnd()), before)
    }

    func testTheAbsenceFormExplainsEachField() {
        let form = AbsenceForm(values: ["start-day": "10", "start-month": "11", "start-year": "2026",
                                        "end-day": "1", "end-month": "11", "end-year": "2026",
                                        "days": "abc", "category": "sickness", "extend": "yes"])
        guard case .failure(let errors) = form.validate(AbsenceLimits(periodStart: date("2025-09-01"), today: time.today)) else { return XCTFail("invalid") }
        XCTAssertEqual(errors.messages["end"], "The end date must be the same as or after the start date")
        XCTAssertEqual(errors.messages["days"], "Days absent must be a whole number, like 5")
        XCTAssertNotNil(errors.messages["extend"])
        let tooMany = AbsenceForm(values: ["start-day": "2", "start-month": "11", "start-year": "2026", "end-day": "3",
                                           "end-month": "11", "end-year": "2026", "days": "5", "category": "maternity"])
        guard case .failure(let more) = tooMany.validate(AbsenceLimits(periodStart: date("2025-09-01"), today: time.today)) else { return XCTFail("invalid") }
        XCTAssertEqual(more.messages["days"], "Days absent must be no more than the 2 calendar days from the start date to the end date")
        XCTAssertNotNil(more.messages["extend"], "statutory leave needs the ECT's choice")
    }
}
