import Induction
import XCTest

final class CalendarTermDatesTests: XCTestCase {
    func testEnglandDefaultsFor2026To2027() {
        let year = AcademicYearTerms.englandDefault(academicYear: 2026)
        XCTAssertEqual(year.terms.map { "\($0.start.iso)…\($0.end.iso)" }, [
            "2026-09-01…2026-12-18",  // Friday on or before 20 December
            "2027-01-04…2027-03-25",  // first Monday from 2 January; Thursday before Good Friday (26 March)
            "2027-04-12…2027-07-22",  // two weeks after Easter Monday; 22 July
        ])
        XCTAssertEqual(year.terms.map(\.label), ["Autumn 2026", "Spring 2027", "Summer 2027"])
    }

    func testDefaultsAvoidWeekendsAndFollowEaster() {
        let year2029 = AcademicYearTerms.englandDefault(academicYear: 2029)
        XCTAssertEqual(year2029.autumn.start.iso, "2029-09-03", "1 September 2029 is a Saturday")
        XCTAssertEqual(year2029.spring.end.iso, "2030-04-18", "Easter 2030 is 21 April")
        XCTAssertEqual(year2029.summer.start.iso, "2030-05-06")
        XCTAssertEqual(AcademicYearTerms.englandDefault(academicYear: 2027).summer.end.iso, "2028-07-21",
                       "22 July 2028 is a Saturday")
    }

    func testTheAppropriateBodysOwnDatesOverrideTheDefaultsForThatYearOnly() throws {
        let own = try XCTUnwrap(AcademicYearTerms(
            academicYear: 2026,
            autumn: (day("2026-09-03"), day("2026-12-16")),
            spring: (day("2027-01-05"), day("2027-03-31")),
            summer: (day("2027-04-19"), day("2027-07-21"))))
        var dates = TermDates()
        dates.set(own)
        XCTAssertEqual(dates.year(2026), own)
        XCTAssertEqual(dates.year(2027), .englandDefault(academicYear: 2027))
        XCTAssertEqual(dates.term(onOrAfter: day("2026-12-17")).label, "Spring 2027", "holiday: the next term")
        XCTAssertEqual(TermDates.englandDefaults.term(onOrAfter: day("2026-12-17")).label, "Autumn 2026")
    }

    func testRejectsTermsOutOfOrderOrOutsideTheYear() {
        XCTAssertNil(AcademicYearTerms(academicYear: 2026,
                                       autumn: (day("2026-09-01"), day("2027-01-10")),
                                       spring: (day("2027-01-04"), day("2027-03-25")),
                                       summer: (day("2027-04-12"), day("2027-07-22"))), "overlap")
        XCTAssertNil(AcademicYearTerms(academicYear: 2026,
                                       autumn: (day("2026-09-01"), day("2026-12-18")),
                                       spring: (day("2027-01-04"), day("2027-03-25")),
                                       summer: (day("2027-04-12"), day("2027-09-02"))), "past 31 August")
        XCTAssertNil(SchoolTerm(academicYear: 2026, name: .autumn, start: day("2026-12-18"), end: day("2026-09-01")))
    }

    func testWalkingTermToTermAndAcademicYears() {
        let dates = TermDates.englandDefaults
        let summer = dates.term(onOrAfter: day("2027-05-01"))
        XCTAssertEqual(summer.label, "Summer 2027")
        XCTAssertEqual(dates.term(after: summer).label, "Autumn 2027")
        XCTAssertEqual(dates.term(onOrAfter: day("2027-08-10")).label, "Autumn 2027")
        XCTAssertEqual(TermDates.academicYear(of: day("2027-07-31")), 2026)
        XCTAssertEqual(TermDates.academicYear(of: day("2027-08-01")), 2027)
    }

    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
