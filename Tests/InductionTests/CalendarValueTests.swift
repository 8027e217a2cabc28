import Induction
import XCTest

final class CalendarValueTests: XCTestCase {
    func testTermsServedAreStoredExactlyAndShownHalfUpToOneDecimal() {
        XCTAssertEqual(TermsServed(thousandths: 1250).oneDecimal, "1.3", "1.25 rounds half up")
        XCTAssertEqual(TermsServed(thousandths: 1249).oneDecimal, "1.2")
        XCTAssertEqual(TermsServed(thousandths: 6000).oneDecimal, "6.0")
        XCTAssertEqual(TermsServed(thousandths: 50).oneDecimal, "0.1")
        XCTAssertEqual(TermsServed(thousandths: 49).oneDecimal, "0.0")
        XCTAssertEqual(TermsServed(thousandths: 1250).thousandths, 1250, "kept exact, not rounded")
        XCTAssertEqual(TermsServed(terms: 6) - TermsServed(tenths: 15), TermsServed(thousandths: 4500))
    }

    func testParsesOneDecimalPlace() {
        XCTAssertEqual(TermsServed(oneDecimal: "1.5")?.thousandths, 1500)
        XCTAssertEqual(TermsServed(oneDecimal: "16")?.thousandths, 16000)
        for bad in ["", "1.55", "1.", ".5", "-1", "a", "1,5", "1000"] {
            XCTAssertNil(TermsServed(oneDecimal: bad), bad)
        }
    }

    func testExtensionsAreOneTenthToSixteenTermsWithAReason() {
        XCTAssertNotNil(InductionExtension(terms: TermsServed(tenths: 1), reason: "Absence"))
        XCTAssertNotNil(InductionExtension(terms: TermsServed(terms: 16), reason: "Absence"))
        XCTAssertNil(InductionExtension(terms: .zero, reason: "Absence"))
        XCTAssertNil(InductionExtension(terms: TermsServed(tenths: 161), reason: "Absence"))
        XCTAssertNil(InductionExtension(terms: TermsServed(thousandths: 1550), reason: "Absence"), "two decimals")
        XCTAssertNil(InductionExtension(terms: TermsServed(tenths: 15), reason: "  "))
    }

    func testReductionsNeedTheECTsConsentAndAtLeastOneTerm() {
        XCTAssertNotNil(InductionReduction(terms: TermsServed(terms: 1), ectConsented: true))
        XCTAssertNil(InductionReduction(terms: TermsServed(terms: 1), ectConsented: false), "SG 3.3")
        XCTAssertNil(InductionReduction(terms: TermsServed(tenths: 9), ectConsented: true))
        XCTAssertNil(InductionReduction(terms: TermsServed(terms: 6), ectConsented: true), "not a reduction")
    }

    func testAbsenceCategoriesAndValidation() throws {
        let statutory = AbsenceCategory.allCases.filter(\.isStatutoryLeave)
        XCTAssertEqual(statutory, [.maternity, .paternity, .sharedParental, .adoption, .parentalBereavement, .carers])
        let start = try XCTUnwrap(CalendarDate(iso: "2026-10-05"))
        let end = try XCTUnwrap(CalendarDate(iso: "2026-10-09"))
        XCTAssertNil(Absence(start: end, end: start, days: 1, category: .sickness), "reversed")
        XCTAssertNil(Absence(start: start, end: end, days: 6, category: .sickness), "more days than the range")
        XCTAssertNil(Absence(start: start, end: end, days: 0, category: .sickness))
        XCTAssertNil(Absence(start: start, end: end, days: 5, category: .sickness, ectChoosesToExtend: true),
                     "the choice is only for statutory leave")
        let leave = try XCTUnwrap(Absence(start: start, end: end, days: 5, category: .adoption, ectChoosesToExtend: true))
        XCTAssertTrue(leave.extendsByChoice)
        XCTAssertFalse(leave.countsTowardThirtyDayRule)
    }
}
