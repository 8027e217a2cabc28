import XCTest
@testable import Templates

final class SectionTests: XCTestCase {
    func testListRepeatsPerItem() throws {
        let context: TemplateValue = ["ects": [["name": "Ann"], ["name": "Bo"], ["name": "Cy"]]]
        XCTAssertEqual(try render("<ul>{{#ects}}<li>{{name}}</li>{{/ects}}</ul>", context),
                       "<ul><li>Ann</li><li>Bo</li><li>Cy</li></ul>")
    }

    func testEmptyListRendersNothing() throws {
        XCTAssertEqual(try render("[{{#ects}}x{{/ects}}]", ["ects": []]), "[]")
    }

    func testBooleans() throws {
        XCTAssertEqual(try render("[{{#ok}}yes{{/ok}}]", ["ok": true]), "[yes]")
        XCTAssertEqual(try render("[{{#ok}}yes{{/ok}}]", ["ok": false]), "[]")
    }

    func testDictionaryIsPushed() throws {
        let context: TemplateValue = ["school": ["name": "Oak", "urn": 123456]]
        XCTAssertEqual(try render("{{#school}}{{name}} ({{urn}}){{/school}}", context), "Oak (123456)")
    }

    func testStringsIntsAndNull() throws {
        XCTAssertEqual(try render("[{{#s}}<{{.}}>{{/s}}]", ["s": "hi"]), "[<hi>]")
        XCTAssertEqual(try render("[{{#s}}x{{/s}}]", ["s": ""]), "[]")
        XCTAssertEqual(try render("[{{#n}}{{.}}{{/n}}]", ["n": 3]), "[3]")
        XCTAssertEqual(try render("[{{#n}}x{{/n}}]", ["n": 0]), "[]")
        XCTAssertEqual(try render("[{{#v}}x{{/v}}]", ["v": nil]), "[]")
    }

    func testInvertedSection() throws {
        let source = "{{^ects}}No ECTs{{/ects}}"
        XCTAssertEqual(try render(source, ["ects": []]), "No ECTs")
        XCTAssertEqual(try render(source, ["ects": false]), "No ECTs")
        XCTAssertEqual(try render(source, ["ects": nil]), "No ECTs")
        XCTAssertEqual(try render(source, ["ects": ""]), "No ECTs")
        XCTAssertEqual(try render(source, ["ects": [["name": "Ann"]]]), "")
        XCTAssertEqual(try render(source, ["ects": true]), "")
    }

    func testComments() throws {
        XCTAssertEqual(try render("a{{! a note }}b{{!\n {{ opens, but the first closer ends it }}c"), "abc")
    }

    func testStandaloneTagLinesLeaveNoBlankLines() throws {
        let source = """
            <ul>
              {{#ects}}
              <li>{{name}}</li>
              {{/ects}}
              {{! nothing }}
            </ul>

            """
        XCTAssertEqual(try render(source, ["ects": [["name": "Ann"], ["name": "Bo"]]]),
                       "<ul>\n  <li>Ann</li>\n  <li>Bo</li>\n</ul>\n")
    }

    func testStandaloneLinesWithCRLF() throws {
        XCTAssertEqual(try render("a\r\n  {{#x}}\r\nb\r\n{{/x}}\r\nc", ["x": true]), "a\r\nb\r\nc")
    }

    func testTagsSharingALineWithTextKeepTheirWhitespace() throws {
        XCTAssertEqual(try render(" {{#a}}x{{/a}} \n", ["a": true]), " x \n")
    }
}
