import Induction
import XCTest

final class ValueTests: XCTestCase {
    func testTRNLeftPadsFiveOrSixDigitsAndRejectsTheRest() {
        XCTAssertEqual(TRN.normalise("1234567"), "1234567")
        XCTAssertEqual(TRN.normalise(" 123456 "), "0123456")
        XCTAssertEqual(TRN.normalise("12345"), "0012345")
        for bad in ["1234", "12345678", "12a4567", "", "１２３４５６７"] {
            XCTAssertNil(TRN.normalise(bad), bad)
        }
    }

    func testFTEShowsDecimalAndLabel() throws {
        XCTAssertEqual(FTE.fullTime.label, "Full time")
        XCTAssertEqual(try XCTUnwrap(FTE(percent: 80)).label, "Part time (0.8 FTE)")
        XCTAssertEqual(try XCTUnwrap(FTE(percent: 75)).decimal, "0.75")
        XCTAssertEqual(try XCTUnwrap(FTE(percent: 50)).decimal, "0.5")
        XCTAssertNil(FTE(percent: 0))
        XCTAssertNil(FTE(percent: 101))
    }
}
