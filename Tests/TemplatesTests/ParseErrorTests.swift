import XCTest
@testable import Templates

final class ParseErrorTests: XCTestCase {
    private func assertError(
        _ templates: [String: String], _ expected: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(templateError(templates, file: file, line: line)?.description, expected, file: file, line: line)
    }

    func testUnclosedTag() {
        assertError(["page": "<p>\n  Hello {{name</p>\n"], "page:2:9: unclosed tag: no matching '}}'")
        assertError(["page": "{{name <p>{{other}}</p>"], "page:1:1: unclosed tag: no matching '}}'")
        assertError(["page": "ab{{{raw}}"], "page:1:3: unclosed tag: no matching '}}}'")
    }

    func testUnclosedSection() {
        assertError(["page": "<ul>\n\n  <li>{{#ects}}{{name}}\n</ul>"], "page:3:7: unclosed section 'ects'")
        assertError(["page": "x{{^none}}"], "page:1:2: unclosed inverted section 'none'")
        assertError(["page": "{{$title}}"], "page:1:1: unclosed block 'title'")
    }

    func testMismatchedClose() {
        assertError(["page": "{{#a}}\n{{#b}}x{{/a}}{{/b}}"],
                    "page:2:8: mismatched close 'a': expected '{{/b}}' to close the section opened at line 2")
    }

    func testUnexpectedClose() {
        assertError(["page": "x\n {{/a}}"], "page:2:2: unexpected close 'a': nothing is open")
    }

    func testEmptyTag() {
        assertError(["page": "a{{}}"], "page:1:2: empty tag")
        assertError(["page": "ab\nc{{  }}"], "page:2:2: empty tag")
        assertError(["page": "{{#}}"], "page:1:1: missing name in tag")
    }

    func testInvalidNames() {
        assertError(["page": "{{first name}}"], "page:1:1: invalid name 'first name'")
        assertError(["page": "{{school..name}}"], "page:1:1: invalid name 'school..name'")
        assertError(["page": "{{> ../secret}}"], "page:1:1: invalid name '../secret'")
        assertError(["page": "{{=<% %>=}}"], "page:1:1: changing delimiters is not supported")
    }

    func testUnknownPartialIsReportedWhereReferenced() {
        assertError(["page": "<div>\n  {{> partials/missing }}\n</div>", "partials/other": ""],
                    "page:2:3: unknown partial 'partials/missing'")
    }

    func testUnknownLayout() {
        assertError(["page": "{{< layouts/nope}}{{/layouts/nope}}"], "page:1:1: unknown layout 'layouts/nope'")
    }

    func testUndeclaredBlockInPage() {
        assertError(["page": "{{< base}}\n  {{$contnt}}x{{/contnt}}\n{{/base}}", "base": "{{$content}}{{/content}}"],
                    "page:2:3: layout 'base' has no block 'contnt'")
    }

    func testBlockGivenTwice() {
        assertError(["page": "{{<base}}{{$a}}1{{/a}}\n{{$a}}2{{/a}}{{/base}}", "base": "{{$a}}{{/a}}"],
                    "page:2:1: block 'a' is given twice")
    }

    func testTextInsideLayoutOutsideBlocks() {
        assertError(["page": "{{< base}}\n  stray\n{{/base}}", "base": ""],
                    "page:2:3: only blocks may appear inside '{{< base}}'")
        assertError(["page": "{{< base}}{{name}}{{/base}}", "base": ""],
                    "page:1:11: only blocks may appear inside '{{< base}}'")
    }

    func testColumnsCountCharactersNotBytes() {
        assertError(["page": "é✓ {{#a}}"], "page:1:4: unclosed section 'a'")
    }

    func testErrorFieldsAreSeparate() throws {
        let error = try XCTUnwrap(templateError(["page": "\n\n   {{#ects}}"]))
        XCTAssertEqual(error.file, "page")
        XCTAssertEqual(error.line, 3)
        XCTAssertEqual(error.column, 4)
        XCTAssertEqual(error.message, "unclosed section 'ects'")
    }
}
