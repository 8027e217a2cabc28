import XCTest
@testable import HTTP

final class FormURLEncodedTests: XCTestCase {
    func testPlusPercentAndUTF8AreDecodedInOrder() throws {
        let pairs = try FormURLEncoded.decode(Array("name=Ada+Lovelace&note=50%25+off&city=K%C3%B8benhavn&name=second".utf8))
        XCTAssertEqual(pairs.map(\.name), ["name", "note", "city", "name"])
        XCTAssertEqual(pairs.map(\.value), ["Ada Lovelace", "50% off", "København", "second"])
    }

    func testEmptyPartsAndMissingEqualsAndEncodedDelimiters() throws {
        let pairs = try FormURLEncoded.decode("&&a&b=&c=1%3D2%263&")
        XCTAssertEqual(pairs.map(\.name), ["a", "b", "c"])
        XCTAssertEqual(pairs.map(\.value), ["", "", "1=2&3"])
        XCTAssertTrue(try FormURLEncoded.decode([]).isEmpty)
    }

    func testLiteralPlusMustBeEncodedAsPercent2B() throws {
        XCTAssertEqual(try FormURLEncoded.decode("sum=1%2B1").first?.value, "1+1")
    }

    func testMalformedInputThrows() {
        for bad in ["a=%", "a=%4", "a=%G1", "%ZZ=1", "a=%C3%28", "a=%FF", "a=%00", "a=%E2%82"] {
            XCTAssertThrowsError(try FormURLEncoded.decode(bad), bad)
        }
        XCTAssertThrowsError(try FormURLEncoded.decode([0x61, 0x3D, 0xC3]))
    }
}
