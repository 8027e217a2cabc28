import InductDomainTestSupport
import Induction
import XCTest

/// Focused rules of `TermCalendar.compute` beyond the scenario table.
final class CalendarRulesTests: XCTestCase {
    func testTwentyNineDaysDoNothingThirtyExtendTheYearByTheAggregate() throws {
        let twentyNine = try compute(start: "2026-09-01", absences: [absence(.sickness, "2026-10-05", "2026-11-12", 29)])
        XCTAssertFalse(twentyNine.years[0].thirtyDayRuleApplies)
        XCTAssertEqual(twentyNine.years[0].extensionDays, 0)
        XCTAssertEqual(twentyNine.years[0].endDate.iso, "2027-07-22")

        let thirty = try compute(start: "2026-09-01", absences: [absence(.sickness, "2026-10-05", "2026-11-06", 25),
                                                                 absence(.other, "2027-05-03", "2027-05-10", 5)])
        XCTAssertEqual(thirty.years[0].nonStatutoryDays, 30, "two absences in the same year add up")
        XCTAssertEqual(thirty.years[0].extensionDays, 30)
        XCTAssertEqual(thirty.years[0].termsServedOn.iso, "2027-07-22")
        XCTAssertEqual(thirty.years[0].endDate.iso, "2027-10-12", "30 school days into autumn 2027")
        XCTAssertEqual(thirty.terms[3].absenceExtensionDays, 30)
    }

    func testStatutoryLeaveWithoutTheChoiceNeverExtends() throws {
        let result = try compute(start: "2026-09-01", absences: [absence(.sharedParental, "2026-11-02", "2027-03-25", 80)])
        XCTAssertEqual(result.years[0].nonStatutoryDays, 0)
        XCTAssertEqual(result.years[0].extensionDays, 0)
        XCTAssertEqual(result.projectedEndDate?.iso, "2028-07-21")
    }

    func testPartTimeAbsenceIsMadeUpAtTheECTsOwnPattern() throws {
        // 0.5 FTE: year 1 is served on 21 July 2028; 30 days absent take 60 school days to make up,
        // past the half term of 23 to 27 October 2028.
        let result = try compute(start: "2026-09-01", fte: 50, absences: [absence(.sickness, "2026-10-05", "2026-12-11", 30)])
        XCTAssertEqual(result.years[0].termsServedOn.iso, "2028-07-21")
        XCTAssertEqual(result.years[0].endDate.iso, "2028-11-30")
        XCTAssertEqual(result.dueItems.first { $0.kind == .firstFormalAssessment }?.date.iso, "2028-11-30")
    }

    func testAnFTEChangeMidTermCountsEachDayAtItsOwnPattern() throws {
        // Autumn 2026 has 74 school days (half term 26 to 30 October): 49 full time, then 25 at 0.5 from 16 November.
        let input = TermCalendarInput(startDate: day("2026-09-01"),
                                      fteChanges: [FTEChange(effective: day("2026-11-16"), fte: FTE(percent: 50)!)])
        let result = try TermCalendar.compute(input)
        XCTAssertEqual(result.terms[0].served.thousandths, 831)  // (49 × 1 + 25 × 0.5) ÷ 74
        XCTAssertEqual(result.terms[0].fte, .fullTime)
        XCTAssertEqual(result.terms[1].fte.percent, 50)
        XCTAssertEqual(input.fte(on: day("2026-11-13")), .fullTime)
    }

    func testTermsServedRemainingAndTermNumbers() throws {
        let result = try compute(start: "2026-09-01", fte: 80)
        XCTAssertEqual(result.termsServed(asOf: day("2026-08-31")), .zero)
        XCTAssertEqual(result.termsServed(asOf: day("2027-03-25")).thousandths, 1600)
        XCTAssertEqual(result.termsServed(asOf: day("2027-04-01")).thousandths, 1600, "nothing accrues in a holiday")
        XCTAssertEqual(result.termsRemaining(asOf: day("2027-03-25")).thousandths, result.termsAtCompletion.thousandths - 1600)
        XCTAssertEqual(result.dueItems.map(\.termNumber), [1, 2, 4, 5, 6, 8])
        XCTAssertEqual(result.terms.count, 8)
        XCTAssertEqual(result.terms.last?.end.iso, "2029-02-13", "the last term is cut at the end of induction")
        XCTAssertEqual(result.nextDueItem(after: day("2027-04-01"))?.kind, .firstFormalAssessment)
    }

    func testEarliestSubmissionIsFiveWorkingDaysBefore() throws {
        let result = try compute(start: "2026-09-01")
        let first = try XCTUnwrap(result.dueItems.first)
        XCTAssertEqual(first.date.iso, "2026-12-18")
        XCTAssertEqual(first.earliestSubmission.iso, "2026-12-11")
        let spring = result.dueItems[1]
        XCTAssertEqual(spring.earliestSubmission.iso, "2027-03-18")
    }

    func testLeavingClosesThePeriodAndTheRemainderCarriesOver() throws {
        // 9 June 2026 is the 31st of summer 2026's 62 school days.
        let leaver = try compute(start: "2025-09-01", fte: 50, leaving: "2026-06-09")
        XCTAssertNil(leaver.projectedEndDate)
        XCTAssertEqual(leaver.termsServedAtLeaving?.thousandths, 1250)
        XCTAssertEqual(leaver.termsRemaining(asOf: day("2026-09-01")).thousandths, 4750)
        XCTAssertEqual(leaver.terms.last?.end.iso, "2026-06-09")
        XCTAssertEqual(leaver.terms.last?.served.thousandths, 250)

        let tooShort = try compute(start: "2026-09-01", leaving: "2026-12-17")
        XCTAssertFalse(tooShort.countsTowardInduction, "a day short of a term (SG 2.33)")
        let oneTerm = try compute(start: "2026-09-01", leaving: "2026-12-18")
        XCTAssertTrue(oneTerm.countsTowardInduction)
        XCTAssertEqual(oneTerm.termsServedAtLeaving?.thousandths, 1000)
        XCTAssertEqual(oneTerm.dueItems.map(\.kind), [.interimAssessment], "replaces the autumn review")
    }

    func testRecomputingWithChangedInputsMovesTheCalendar() throws {
        var input = TermCalendarInput(startDate: day("2026-09-01"))
        let before = try TermCalendar.compute(input)
        XCTAssertEqual(try TermCalendar.compute(input).dueItems, before.dueItems, "pure: same input, same answer")
        input.extensions = [InductionExtension(terms: TermsServed(terms: 1), reason: "More evidence needed")!]
        let after = try TermCalendar.compute(input)
        XCTAssertEqual(before.projectedEndDate?.iso, "2028-07-21")
        XCTAssertEqual(after.projectedEndDate?.iso, "2028-12-15")
        XCTAssertEqual(after.requiredTerms.oneDecimal, "7.0")
    }

    func testRefusesImpossibleInputs() {
        XCTAssertThrowsError(try compute(start: "2026-09-01", leaving: "2026-08-31")) {
            XCTAssertEqual($0 as? TermCalendarError, .leavingBeforeStart)
        }
        XCTAssertThrowsError(try TermCalendar.compute(TermCalendarInput(startDate: day("2026-09-01"),
                                                                        carriedOver: TermsServed(terms: 6)))) {
            XCTAssertEqual($0 as? TermCalendarError, .alreadyComplete)
        }
        XCTAssertThrowsError(try TermCalendar.compute(TermCalendarInput(startDate: day("2026-09-01"),
                                                                        carriedOver: TermsServed(tenths: -1)))) {
            XCTAssertEqual($0 as? TermCalendarError, .carriedOverOutOfRange)
        }
    }

    private func compute(start: String, fte: Int = 100, absences: [Absence] = [], leaving: String? = nil) throws
        -> TermCalendarResult {
        try TermCalendar.compute(TestFixtures.makeCalendarInput(start: start, fte: fte, absences: absences, leaving: leaving))
    }

    private func absence(_ category: AbsenceCategory, _ start: String, _ end: String, _ days: Int) -> Absence {
        TestFixtures.makeAbsence(start, end, days: days, category: category)
    }

    private func day(_ iso: String) -> CalendarDate { TestFixtures.makeDate(iso) }
}
