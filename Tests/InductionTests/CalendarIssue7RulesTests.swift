import InductDomainTestSupport
import Induction
import XCTest

/// Issue 7's calendar rules beyond the scenario table: one final assessment after an extension,
/// absences shared between induction years, reviews moved by absences, half terms and transfers.
final class CalendarIssue7RulesTests: XCTestCase {
    func testAnExtensionHasExactlyOneFinalAssessmentAtTheNewEnd() throws {
        for tenths in [1, 10, 15, 40] {
            let result = try TermCalendar.compute(TermCalendarInput(
                startDate: day("2026-09-01"),
                extensions: [InductionExtension(terms: TermsServed(tenths: tenths), reason: "More evidence needed")!]))
            let finals = result.dueItems.filter { $0.kind == .finalFormalAssessment }
            XCTAssertEqual(finals.count, 1, "\(tenths) tenths")
            XCTAssertEqual(finals.first?.date, result.projectedEndDate, "\(tenths) tenths: at the new end")
            XCTAssertEqual(result.dueItems.last?.kind, .finalFormalAssessment)
        }
    }

    func testAnAbsenceAcrossTheEndOfYearOneCountsInEachYearByItsSchoolDays() throws {
        // 1 to 22 July 2027 has 16 school days; 1 to 30 September 2027 has 22.
        let result = try TermCalendar.compute(TermCalendarInput(
            startDate: day("2026-09-01"), absences: [absence("2027-07-01", "2027-09-30", 38)]))
        XCTAssertEqual(result.years.map(\.nonStatutoryDays), [16, 22])
        XCTAssertEqual(result.years.map(\.extensionDays), [0, 0])
        XCTAssertEqual(result.years[0].endDate.iso, "2027-07-22")

        // Fewer days than school days (a part-time pattern): shared in proportion, half up, adding up.
        let partTime = try TermCalendar.compute(TermCalendarInput(
            startDate: day("2026-09-01"), absences: [absence("2027-07-01", "2027-09-30", 19)]))
        XCTAssertEqual(partTime.years.map(\.nonStatutoryDays), [8, 11])
        XCTAssertEqual(partTime.years.map(\.nonStatutoryDays).reduce(0, +), 19)
    }

    func testAReviewInAnAbsenceMovesToTheNextSchoolDayAndIsNeverDropped() throws {
        let result = try TermCalendar.compute(TermCalendarInput(
            startDate: day("2026-09-01"), absences: [absence("2026-12-18", "2026-12-18", 1)]))
        let reviews = result.dueItems.filter { $0.kind == .progressReview }
        XCTAssertEqual(reviews.first?.date.iso, "2027-01-04", "the first school day of spring 2027")
        XCTAssertEqual(reviews.first?.forTermNumber, 1, "still the autumn term's review")
        XCTAssertEqual(reviews.first?.termNumber, 2)
        XCTAssertEqual(reviews.first?.isRescheduledIntoLaterTerm, true)
        XCTAssertEqual(Set(reviews.map(\.forTermNumber)), [1, 2, 4, 5], "every term without an assessment keeps its review")
    }

    func testSchoolDaysExcludeHalfTermsAndAFullTermStillEarnsOneTerm() throws {
        let autumn = AcademicYearTerms.englandDefault(academicYear: 2026).autumn
        XCTAssertEqual(autumn.halfTerm.map { "\($0.lowerBound.iso)…\($0.upperBound.iso)" }, "2026-10-26…2026-10-30")
        let days = autumn.schoolDays(WorkingDays())
        XCTAssertEqual(days.count, 74, "79 working days less the 5 of half term")
        XCTAssertFalse(days.contains(day("2026-10-28")))
        let result = try TermCalendar.compute(TermCalendarInput(startDate: day("2026-09-01")))
        XCTAssertEqual(result.terms[0].served.thousandths, 1000)
        XCTAssertEqual(result.termsServed(asOf: day("2026-10-23")), result.termsServed(asOf: day("2026-10-30")),
                       "nothing accrues in half term")
        XCTAssertEqual(result.termsServed(asOf: day("2026-10-23")).thousandths, 527)  // 39 of 74
    }

    func testEnglandDefaultHalfTerms() {
        func week(_ year: Int, _ name: TermName) -> String {
            let half = AcademicYearTerms.englandDefault(academicYear: year).term(name).halfTerm!
            return "\(half.lowerBound.iso)…\(half.upperBound.iso)"
        }
        XCTAssertEqual(week(2026, .autumn), "2026-10-26…2026-10-30")
        XCTAssertEqual(week(2026, .spring), "2027-02-15…2027-02-19", "the week of the third Monday in February")
        XCTAssertEqual(week(2026, .summer), "2027-05-31…2027-06-04", "the week of the spring bank holiday")
        XCTAssertEqual(week(2027, .autumn), "2027-10-25…2027-10-29")
        XCTAssertEqual(week(2028, .autumn), "2028-10-23…2028-10-27", "31 October 2028 is a Tuesday")
        XCTAssertEqual(week(2029, .summer), "2030-05-27…2030-05-31", "inside a late-Easter summer term")
    }

    func testAHalfTermMustFallInsideItsTerm() {
        XCTAssertNil(SchoolTerm(academicYear: 2026, name: .autumn, start: day("2026-09-01"), end: day("2026-12-18"),
                                halfTerm: day("2026-08-24")...day("2026-08-28")))
        XCTAssertNil(SchoolTerm(academicYear: 2026, name: .autumn, start: day("2026-09-01"), end: day("2026-12-18"),
                                halfTerm: day("2026-12-14")...day("2026-12-18")), "not up to the term's last day")
        XCTAssertNotNil(SchoolTerm(academicYear: 2026, name: .autumn, start: day("2026-09-01"), end: day("2026-12-18"),
                                   halfTerm: day("2026-10-19")...day("2026-10-30")), "a two-week half term")
    }

    func testAReviewIsNeverHeldInAHalfTermOrOnABankHoliday() throws {
        // The AB's own 2026 dates: a two-week autumn half term, spring ending on Easter Monday and
        // summer on a Saturday.
        let own = try XCTUnwrap(AcademicYearTerms(
            academicYear: 2026, autumn: (day("2026-09-01"), day("2026-12-18")),
            spring: (day("2027-01-04"), day("2027-03-29")), summer: (day("2027-04-12"), day("2027-07-24")),
            halfTerms: [.autumn: day("2026-10-19")...day("2026-10-30")]))
        let result = try TermCalendar.compute(TermCalendarInput(startDate: day("2026-11-02"), termDates: TermDates([own])))
        let workingDays = WorkingDays()
        for item in result.dueItems {
            let term = TermDates([own]).term(onOrAfter: item.date)
            XCTAssertTrue(term.schoolDays(workingDays).contains(item.date), "\(item.kind) on \(item.date.iso)")
        }
        XCTAssertEqual(result.dueItems.prefix(1).map(\.date.iso), ["2027-02-12"], "the 30th of spring 2027's 59 school days")
        XCTAssertEqual(result.terms[0].served.thousandths, 507, "35 of autumn's 69 school days")
        let september = try TermCalendar.compute(TermCalendarInput(startDate: day("2026-09-01"), termDates: TermDates([own])))
        XCTAssertEqual(september.dueItems.prefix(3).map(\.date.iso), ["2026-12-18", "2027-03-25", "2027-07-23"],
                       "spring's review on the Thursday before Good Friday; summer's first assessment on Friday 23 July")
    }

    func testEarlierPeriodsAbsencesCountTowardTheYearTheyFallIn() throws {
        let input = TermCalendarInput(startDate: day("2026-04-20"), absences: [absence("2026-06-01", "2026-06-19", 15)],
                                      carriedOver: TermsServed(terms: 2),
                                      earlierAbsences: [absence("2025-11-03", "2025-11-28", 20)])
        let result = try TermCalendar.compute(input)
        XCTAssertEqual(result.years[0].nonStatutoryDays, 35)
        XCTAssertEqual(result.years[0].extensionDays, 35)
        XCTAssertEqual(result.years[1].nonStatutoryDays, 0, "earlier absences count once, in year 1")
    }

    private func absence(_ start: String, _ end: String, _ days: Int) -> Absence {
        TestFixtures.makeAbsence(start, end, days: days)
    }

    private func day(_ iso: String) -> CalendarDate { TestFixtures.makeDate(iso) }
}
