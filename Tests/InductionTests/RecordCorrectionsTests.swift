import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 7: one reduction in force (SG 3.2–3.5), never below the terms served; absences that never
/// overlap or count twice, inside the school's period, corrected and deleted with history. Amelia
/// Hartley (ects 1) is full time at school 1 from 1 September 2025; today is 25 November 2026.
final class RecordCorrectionsTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(seeded: true, accounts: false)
    }

    private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    private func loaded(_ ectID: Int = 1) throws -> ECTRecord {
        try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: ectID, $0) })
    }

    private func reduction(_ terms: String, record: ECTRecord) -> Result<InductionAdjustment, ValidationErrors> {
        AdjustmentForm(values: ["kind": "reduction", "terms": terms, "reason": "Prior experience", "consent": "yes"])
            .validate(carriedOver: record.termsServedElsewhere, servedToDate: record.termsServed(asOf: time.today))
    }

    private func reduce(_ terms: String) throws {
        guard case .success(let adjustment) = reduction(terms, record: try loaded()) else { return XCTFail("reduction to \(terms)") }
        try RecordAdjustment(store: InductionStore(database: database, time: time)).record(adjustment, ectID: 1, author: Author(userID: nil, name: "Officer", role: nil, clientAddress: ""))
    }

    func testASecondReductionReplacesTheFirst() throws {
        try reduce("5")
        try reduce("4.5")
        let record = try loaded()
        XCTAssertEqual(record.reductionInForce?.terms, TermsServed(tenths: 45))
        XCTAssertEqual(record.adjustments.filter { $0.kind == .reduction && $0.isInForce }.count, 1, "one reduction in force")
        XCTAssertNotNil(record.adjustments.first { $0.terms == TermsServed(terms: 5) }?.replacedAt, "the first stays, marked replaced")
        XCTAssertEqual(try TermCalendar.compute(record.calendarInput).requiredTerms, TermsServed(tenths: 45))
        let details = try database.read { try $0.query("SELECT detail FROM audit_events WHERE action = 'induction.reduced' ORDER BY id")
            .map { try $0.string("detail") } }
        XCTAssertEqual(details.count, 2)
        XCTAssertTrue(details[1].contains("replaces the reduction to 5.0 terms"), details[1])
    }

    func testTheSchemaAllowsOnlyOneReductionInForce() throws {
        try reduce("5")
        XCTAssertThrowsError(try database.write { c in
            try c.run("""
                INSERT INTO induction_adjustments (ect_id, kind, terms_tenths, reason, ect_consent, created_at)
                VALUES (1, 'reduction', 40, 'Again', 1, '2026-11-25T10:00:00Z')
                """)
        })
    }

    func testAReductionBelowTheTermsAlreadyServedIsRefusedOnTheField() throws {
        let record = try loaded()
        XCTAssertEqual(record.termsServed(asOf: time.today).oneDecimal, "3.8")
        guard case .failure(let errors) = reduction("3", record: record) else { return XCTFail("3.0 is below the 3.8 served") }
        XCTAssertEqual(errors.messages["terms"], "A reduction cannot be less than the terms already served: enter 3.8 or more")
        guard case .failure(let below) = reduction("0.5", record: record) else { return XCTFail("below one term") }
        XCTAssertEqual(below.messages["terms"], "A reduction must leave between 1 and 5.9 terms of induction")
        guard case .success = reduction("3.8", record: record) else { return XCTFail("3.8 is what has been served") }
    }

    func testTermsServedDoNotFallWhenAReductionIsInForce() throws {
        try reduce("4")
        XCTAssertEqual(try loaded().termsServed(asOf: time.today).oneDecimal, "3.8", "a reduction does not cap what was served")
        guard case .failure = reduction("3", record: try loaded()) else { return XCTFail("still refused after a reduction") }
    }

    // MARK: Absences

    private func absence(_ start: String, _ end: String, days: Int, _ category: AbsenceCategory = .sickness,
                         extend: Bool = false) throws -> Absence {
        try XCTUnwrap(Absence(start: date(start), end: date(end), days: days, category: category, ectChoosesToExtend: extend))
    }

    private func recordAbsence(_ absence: Absence, ectID: Int = 1) throws {
        try RecordAbsence(store: store).record(absence, ectID: ectID, author: TestFixtures.makeAuthor())
    }

    private func form(_ start: String, _ end: String, days: String, _ category: String, extend: String = "") -> AbsenceForm {
        let s = date(start), e = date(end)
        return AbsenceForm(values: ["start-day": "\(s.day)", "start-month": "\(s.month)", "start-year": "\(s.year)",
                                    "end-day": "\(e.day)", "end-month": "\(e.month)", "end-year": "\(e.year)",
                                    "days": days, "category": category, "extend": extend])
    }

    func testTheSameAbsencePostedTwiceIsRecordedOnce() throws {
        let first = try absence("2026-10-05", "2026-10-09", days: 5)
        try recordAbsence(first)
        let end = try TermCalendar.compute(try loaded().calendarInput).projectedEndDate
        XCTAssertThrowsError(try recordAbsence(first)) { error in
            guard case ECTRecordError.overlaps(let existing) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(existing.absence, first)
        }
        XCTAssertEqual(try loaded().absences.count, 1)
        XCTAssertEqual(try TermCalendar.compute(try loaded().calendarInput).projectedEndDate, end, "a double-click never extends induction")

        guard case .failure(let errors) = form("2026-10-08", "2026-10-12", days: "2", "other")
            .validate(AbsenceLimits(record: try loaded(), today: time.today)) else { return XCTFail("overlaps the first") }
        XCTAssertEqual(errors.messages["start"], "This absence overlaps one already recorded: Sickness, 5 October 2026 to 9 October 2026 "
                       + "(5 days). Correct that absence instead of recording it again")
    }

    func testTheSchemaRefusesOverlappingAbsences() throws {
        try recordAbsence(try absence("2026-10-05", "2026-10-09", days: 5))
        XCTAssertThrowsError(try database.write { c in
            try c.run("""
                INSERT INTO absences (ect_id, school_id, start_date, end_date, days, category, created_at)
                VALUES (1, 1, '2026-10-09', '2026-10-09', 1, 'other', '2026-11-25T10:00:00Z')
                """)
        })
    }

    func testSicknessCannotEndAfterTodayButStatutoryLeaveMayBePlanned() throws {
        let limits = AbsenceLimits(record: try loaded(), today: time.today)
        guard case .failure(let errors) = form("2026-11-23", "2026-11-27", days: "5", "sickness").validate(limits) else {
            return XCTFail("sickness ending on 27 November is after today")
        }
        XCTAssertEqual(errors.messages["end"], "Sickness cannot end after today, 25 November 2026: only statutory leave can be recorded ahead")
        guard case .success = form("2026-11-23", "2026-11-25", days: "3", "sickness").validate(limits) else { return XCTFail("ends today") }
        guard case .success = form("2027-01-04", "2027-03-26", days: "50", "maternity", extend: "no").validate(limits) else {
            return XCTFail("maternity leave may be recorded ahead")
        }
    }

    func testAnAbsenceMustFallInsideThePeriodAtTheSchool() throws {
        let limits = AbsenceLimits(periodStart: date("2025-09-01"), periodEnd: date("2026-04-02"), today: time.today)
        guard case .failure(let before) = form("2025-08-28", "2025-09-03", days: "3", "sickness").validate(limits) else {
            return XCTFail("starts before the period")
        }
        XCTAssertEqual(before.messages["start"], "The start date must be on or after the induction start date at this school, 1 September 2025")
        guard case .failure(let after) = form("2026-03-30", "2026-04-10", days: "4", "sickness").validate(limits) else {
            return XCTFail("ends after the leaving date")
        }
        XCTAssertEqual(after.messages["end"], "The end date must be on or before 2 April 2026, the last day of the induction period at this school")
        // The service checks again, inside its transaction.
        try RecordLeaving(store: InductionStore(database: database, time: time))
            .record(leaving: date("2026-10-30"), nextSchool: "", ectID: 1, author: Author(userID: nil, name: "Head", role: nil, clientAddress: ""))
        XCTAssertThrowsError(try recordAbsence(try absence("2026-11-02", "2026-11-03", days: 2))) {
            XCTAssertEqual($0 as? ECTRecordError, .outsidePeriod)
        }
    }

    func testALaterMigrationCanStillRebuildTheInductionPeriodsTable() throws {
        // SQLite refuses to rename a table into place while a trigger names a table that is missing;
        // migration 008's triggers must leave `induction_periods` free to be rebuilt.
        try recordAbsence(try absence("2026-10-05", "2026-10-09", days: 5))
        try database.write { c in
            try c.execute("""
                CREATE TABLE induction_periods_copy AS SELECT * FROM induction_periods;
                DROP TABLE induction_periods;
                ALTER TABLE induction_periods_copy RENAME TO induction_periods;
                """)
        }
        XCTAssertThrowsError(try database.write { c in
            try c.run("""
                INSERT INTO absences (ect_id, school_id, start_date, end_date, days, category, created_at)
                VALUES (1, 1, '2026-10-08', '2026-10-08', 1, 'other', '2026-11-25T10:00:00Z')
                """)
        }, "the schema's overlap rule still holds")
    }

    func testAnAbsenceIsCorrectedAndDeletedWithBeforeAndAfterInTheHistory() throws {
        try recordAbsence(try absence("2026-10-05", "2026-10-09", days: 5))
        let id = try XCTUnwrap(try loaded().absences.first?.id)
        try CorrectAbsence(store: store).correct(absenceID: id, to: try absence("2026-10-05", "2026-10-07", days: 3), ectID: 1,
                                                 author: TestFixtures.makeAuthor())
        XCTAssertEqual(try loaded().absences.map(\.absence.days), [3])
        try DeleteAbsence(store: store).delete(absenceID: id, ectID: 1, author: TestFixtures.makeAuthor())
        XCTAssertEqual(try loaded().absences.count, 0)
        let history = try loaded().history.map { "\($0.actionName): \($0.detail)" }
        XCTAssertEqual(history, [
            "absence.deleted: was Sickness, 5 October 2026 to 7 October 2026, 3 days",
            "absence.corrected: was Sickness, 5 October 2026 to 9 October 2026, 5 days; now Sickness, 5 October 2026 to 7 October 2026, 3 days",
            "absence.recorded: Sickness, 5 October 2026 to 9 October 2026, 5 days",
        ])
    }

    func testOnlyTheSchoolThatRecordedAnAbsenceMayChangeIt() throws {
        try recordAbsence(try absence("2026-10-05", "2026-10-09", days: 5))
        let id = try XCTUnwrap(try loaded().absences.first?.id)
        // Amelia's record moves to school 2 (a transfer): the absence stays school 1's.
        try database.write { c in
            try c.run("UPDATE induction_periods SET end_date = '2026-10-31', terms_served = 3600 WHERE ect_id = 1")
            try c.run("INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at) VALUES (1, 2, '2026-11-02', 'confirmed', '')")
            try c.run("UPDATE ects SET school_id = 2 WHERE id = 1")
        }
        XCTAssertThrowsError(try DeleteAbsence(store: store).delete(absenceID: id, ectID: 1, author: TestFixtures.makeAuthor())) { XCTAssertEqual($0 as? ECTRecordError, .recordedByAnotherSchool) }
        XCTAssertEqual(try loaded().absences.count, 1)
    }
}
