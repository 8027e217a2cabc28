@testable import Induction
import InductTestSupport
import Templates
@testable import Web
import XCTest

/// Issue 7 on the record page: what each timeline row says after an extension or an absence on a
/// review day, and the year an absence is shown in once the ECT leaves or has transferred.
final class ECTTimelineIssue7Tests: XCTestCase {
    private let today = TestEnvironment.fixedTime.today

    private func rows(_ input: TermCalendarInput) throws -> [TemplateFields] {
        let values = ECTTimelineView(result: try TermCalendar.compute(input), today: today).values
        guard case .list(let terms) = values["terms"] else { return [] }
        return terms.map(\.dictionaryValue)
    }

    private func kinds(_ row: TemplateFields) -> [String] {
        guard case .list(let items) = row["dueItems"] else { return [] }
        return items.map { item in
            if case .string(let kind) = item.dictionaryValue["kind"] { return kind }
            return "?"
        }
    }

    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func testAnExtensionShowsOneFinalAssessmentAndTermSixsReview() throws {
        let rows = try rows(TermCalendarInput(startDate: day("2026-09-01"),
                                              extensions: [InductionExtension(terms: TermsServed(terms: 1), reason: "More evidence")!]))
        XCTAssertEqual(rows.count, 7)
        XCTAssertEqual(rows.map(kinds), [["Progress review"], ["Progress review"], ["First formal assessment"],
                                         ["Progress review"], ["Progress review"], ["Progress review"],
                                         ["Final formal assessment"]])
        XCTAssertEqual(rows.flatMap(kinds).filter { $0 == "Final formal assessment" }.count, 1)
    }

    func testATermWithoutAReviewSaysWhy() throws {
        let rows = try rows(TermCalendarInput(startDate: day("2026-09-01"),
                                              extensions: [InductionExtension(terms: TermsServed(tenths: 1), reason: "More evidence")!]))
        XCTAssertEqual(kinds(rows[5]), [])
        XCTAssertEqual(rows[5]["nothingDue"], "No progress review: a formal assessment is less than a term away (SG 2.49)")
        let midTerm = try self.rows(TermCalendarInput(startDate: day("2026-11-02")))
        XCTAssertEqual(midTerm[0]["nothingDue"], "No progress review in a part term: the next term’s review is brought forward")
    }

    func testAReviewMovedByAnAbsenceStaysWithItsTerm() throws {
        let sick = Absence(start: day("2026-12-18"), end: day("2026-12-18"), days: 1, category: .sickness)!
        let rows = try rows(TermCalendarInput(startDate: day("2026-09-01"), absences: [sick]))
        XCTAssertEqual(kinds(rows[0]), ["Progress review"], "autumn 2026 keeps its review")
        XCTAssertEqual(kinds(rows[1]), ["Progress review"], "and spring 2027 its own")
        guard case .list(let items) = rows[0]["dueItems"] else { return XCTFail("no items") }
        XCTAssertEqual(items[0].dictionaryValue["moved"], "Held on 4 January 2027, after an absence (SG 2.56)")
        XCTAssertEqual(items[0].dictionaryValue["due"], "4 January 2027")
    }

    func testLeavingNeverRelabelsAnAbsenceAsAfterTheEndOfInduction() throws {
        let ect = ECT(id: 1, schoolID: 1, firstName: "Test", lastName: "Person", trn: "1234567",
                      inductionStartDate: day("2026-09-01"), fte: .fullTime)
        let absence = Absence(start: day("2027-11-01"), end: day("2027-11-05"), days: 5, category: .sickness)!
        let record = ECTRecord(ect: ect, schoolName: "Test School",
                               period: InductionPeriod(id: 1, startDate: day("2026-09-01"), endDate: day("2027-12-17"),
                                                       termsServed: TermsServed(terms: 4), nextSchool: ""),
                               absences: [StoredAbsence(id: 1, absence: absence, recordedAt: "2027-11-08T09:00:00Z")])
        let result = try TermCalendar.compute(record.calendarInput)
        let rows = ECTRecordView(record: record, result: result).absenceRows
        XCTAssertEqual(rows.first?.dictionaryValue["year"], "Year 2")
        XCTAssertEqual(rows.first?.dictionaryValue["runningTotal"], "5 days")
    }

    func testAnEarlierSchoolsAbsenceIsMarked() throws {
        let ect = ECT(id: 1, schoolID: 2, firstName: "Test", lastName: "Person", trn: "1234567",
                      inductionStartDate: day("2025-09-01"), fte: .fullTime)
        let earlier = Absence(start: day("2025-11-03"), end: day("2025-11-28"), days: 20, category: .sickness)!
        let own = Absence(start: day("2026-06-01"), end: day("2026-06-19"), days: 15, category: .sickness)!
        var record = ECTRecord(ect: ect, schoolName: "Second School", termsServedElsewhere: TermsServed(terms: 2),
                               period: InductionPeriod(id: 2, startDate: day("2026-04-20"), endDate: nil, termsServed: nil, nextSchool: ""),
                               absences: [StoredAbsence(id: 1, absence: earlier, recordedAt: "2025-12-01T09:00:00Z"),
                                          StoredAbsence(id: 2, absence: own, recordedAt: "2026-06-22T09:00:00Z")])
        record.earlierPeriods = [InductionPeriod(id: 1, startDate: day("2025-09-01"), endDate: day("2026-04-02"),
                                                 termsServed: TermsServed(terms: 2), nextSchool: "Second School")]
        let rows = ECTRecordView(record: record, result: try TermCalendar.compute(record.calendarInput)).absenceRows
        XCTAssertEqual(rows.map { $0.dictionaryValue["year"] }, ["Year 1, at an earlier school", "Year 1"])
        XCTAssertEqual(rows.map { $0.dictionaryValue["runningTotal"] }, ["20 days", "35 days (30-day rule applies)"])
    }

    func testAnAbsenceAcrossTheEndOfAYearShowsItsDaysInEach() throws {
        let ect = ECT(id: 1, schoolID: 1, firstName: "Test", lastName: "Person", trn: "1234567",
                      inductionStartDate: day("2026-09-01"), fte: .fullTime)
        let absence = Absence(start: day("2027-07-01"), end: day("2027-09-30"), days: 38, category: .sickness)!
        let record = ECTRecord(ect: ect, schoolName: "Test School",
                               absences: [StoredAbsence(id: 1, absence: absence, recordedAt: "2027-10-01T09:00:00Z")])
        let rows = ECTRecordView(record: record, result: try TermCalendar.compute(record.calendarInput)).absenceRows
        XCTAssertEqual(rows.first?.dictionaryValue["year"], "Year 1 (16 days) and year 2 (22 days)")
        XCTAssertEqual(rows.first?.dictionaryValue["runningTotal"], "Year 1: 16 days; Year 2: 22 days")
    }
}
