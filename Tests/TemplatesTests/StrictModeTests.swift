import XCTest
@testable import Templates

final class StrictModeTests: XCTestCase {
    func testMissingVariableNamesItsTag() {
        let error = templateError(["page": "<h1>\n  {{school.name}}</h1>"], rendering: ["school": ["urn": 1]])
        XCTAssertEqual(error?.description, "page:2:3: no value for 'school.name'")
    }

    func testMissingSectionNamesItsTag() {
        XCTAssertEqual(templateError(["page": "ab{{#ects}}x{{/ects}}"], rendering: [:])?.description,
                       "page:1:3: no value for 'ects'")
        XCTAssertEqual(templateError(["page": "{{^ects}}x{{/ects}}"], rendering: [:])?.description,
                       "page:1:1: no value for 'ects'")
    }

    func testMissingVariableInPartialNamesThePartial() {
        let templates = ["page": "{{#items}}{{> row}}{{/items}}", "row": "<td>\n{{nme}}</td>"]
        XCTAssertEqual(templateError(templates, rendering: ["items": [["name": "a"]]])?.description,
                       "row:2:1: no value for 'nme'")
    }

    func testMissingVariableInBlockNamesThePage() {
        let templates = ["page": "{{<base}}{{$content}}{{missing}}{{/content}}{{/base}}", "base": "{{$content}}{{/content}}"]
        XCTAssertEqual(templateError(templates, rendering: [:])?.description, "page:1:22: no value for 'missing'")
    }

    func testNullIsAValueNotAMissingName() throws {
        XCTAssertEqual(try render("[{{a}}{{#a}}x{{/a}}{{^a}}y{{/a}}]", ["a": nil]), "[y]")
    }

    func testPrintingAListIsAnErrorInStrictMode() {
        XCTAssertEqual(templateError(["page": "{{items}}"], rendering: ["items": [1]])?.description,
                       "page:1:1: cannot print a list or dictionary as text")
    }

    func testNonStrictRendersMissingAsEmpty() throws {
        let source = "[{{name}}|{{school.name}}|{{#ects}}x{{/ects}}|{{^ects}}none{{/ects}}|{{{raw}}}]"
        XCTAssertEqual(try render(source, [:], strict: false), "[|||none|]")
        XCTAssertEqual(try render("{{items}}", ["items": [1]], strict: false), "")
    }

    func testNonStrictStillRejectsUnknownPartialsAtStartUp() {
        XCTAssertEqual(templateError(["page": "{{> nope}}"], strict: false)?.description, "page:1:1: unknown partial 'nope'")
    }
}
