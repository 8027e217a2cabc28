import XCTest
@testable import Templates

final class LookupTests: XCTestCase {
    func testDottedNames() throws {
        let context: TemplateValue = ["school": ["name": "Oak & Ash", "head": ["name": "Ms Rowe"]]]
        XCTAssertEqual(try render("{{school.name}} / {{school.head.name}}", context), "Oak &amp; Ash / Ms Rowe")
    }

    func testDottedNameThroughNullIsEmpty() throws {
        XCTAssertEqual(try render("[{{mentor.name}}]", ["mentor": nil]), "[]")
    }

    func testDotIsTheCurrentItem() throws {
        XCTAssertEqual(try render("{{#names}}<{{.}}>{{/names}}", ["names": ["a", "b&c"]]), "<a><b&amp;c>")
    }

    func testInnerContextShadowsOuter() throws {
        let context: TemplateValue = ["name": "outer", "item": ["name": "inner"]]
        XCTAssertEqual(try render("{{#item}}{{name}}{{/item}} {{name}}", context), "inner outer")
    }

    func testNestedSectionsSeeOuterValues() throws {
        let context: TemplateValue = [
            "body": "AB1",
            "schools": [
                ["name": "Oak", "ects": [["name": "Ann"], ["name": "Bo"]]],
                ["name": "Elm", "ects": [["name": "Cy"]]],
            ],
        ]
        XCTAssertEqual(
            try render("{{#schools}}{{#ects}}{{name}}({{body}});{{/ects}}{{/schools}}", context),
            "Ann(AB1);Bo(AB1);Cy(AB1);")
    }

    func testDottedNameResolvesFirstPartOutwardsThenInside() throws {
        let context: TemplateValue = ["school": ["name": "Oak"], "ects": [["name": "Ann"]]]
        XCTAssertEqual(try render("{{#ects}}{{name}} at {{school.name}}{{/ects}}", context), "Ann at Oak")
    }
}
