@testable import Templates
import XCTest

/// `TemplateFields` replaced `[String: TemplateValue]` in every view model: it must behave as that
/// dictionary did wherever the views and templates can tell.
final class TemplateFieldsTests: XCTestCase {
    func testALiteralKeepsTheLastValueOfARepeatedName() {
        let fields: TemplateFields = ["a": 1, "b": 2, "a": 3]
        XCTAssertEqual(fields.count, 2)
        XCTAssertEqual(fields["a"], 3)
        XCTAssertEqual(fields.keys, ["a", "b"], "first given order")
    }

    func testSettingReplacesInPlaceAndNilRemoves() {
        var fields: TemplateFields = ["a": 1, "b": 2]
        fields["a"] = "x"
        fields["c"] = true
        XCTAssertEqual(fields.keys, ["a", "b", "c"])
        XCTAssertEqual(fields["a"], "x")
        fields["b"] = nil
        fields["missing"] = nil
        XCTAssertEqual(fields.keys, ["a", "c"])
        XCTAssertNil(fields["b"])
    }

    func testMergeCombinesRepeatedNamesAndAppendsNewOnes() {
        var fields: TemplateFields = ["a": 1, "b": 2]
        fields.merge(["b": 20, "c": 30]) { _, new in new }
        XCTAssertEqual(fields, ["a": 1, "b": 20, "c": 30])
        let kept = fields.merging(["a": 100]) { old, _ in old }
        XCTAssertEqual(kept["a"], 1)
        XCTAssertEqual(fields.merging(["a": 100]) { _, new in new }["a"], 100)
    }

    func testEqualityIgnoresOrderAsADictionaryDid() {
        XCTAssertEqual(["a": 1, "b": 2] as TemplateFields, ["b": 2, "a": 1])
        XCTAssertNotEqual(["a": 1, "b": 2] as TemplateFields, ["a": 1])
        XCTAssertNotEqual(["a": 1] as TemplateFields, ["a": 1, "b": 2])
        XCTAssertNotEqual(["a": 1, "b": 2] as TemplateFields, ["a": 1, "b": 3])
    }

    func testNamesThatShareAHashPrefixOrDifferOnlyInCaseStayApart() {
        var fields = TemplateFields()
        let names = ["name", "Name", "names", "nam", "", "schoolName", "school.name", "é", "e\u{301}"]
        for (index, name) in names.enumerated() { fields[name] = .int(index) }
        // Names compare by their UTF-8, so "é" and "e\u{301}" are two names (a dictionary took them
        // as one); a template can only name ASCII identifiers (`TemplatePath`), so no page can tell.
        XCTAssertEqual(fields.count, names.count)
        for (index, name) in names.enumerated() { XCTAssertEqual(fields[name], .int(index), name) }
    }

    func testTheNamesKeepTheOrderGiven() {
        let fields: TemplateFields = ["b": 2, "a": 1, "c": 3]
        XCTAssertEqual(fields.keys, ["b", "a", "c"])
        XCTAssertEqual(fields.keys.map { fields[$0] }, [2, 1, 3])
    }

    func testTemplatesResolveNamesGivenInEveryWay() throws {
        var page: TemplateFields = ["title": "T", "row": ["name": "<b>"]]
        page["count"] = 2
        page.merge(["extra": "E"]) { _, new in new }
        let library = try TemplateLibrary(templates: ["p": "{{title}} {{row.name}} {{count}} {{extra}}{{#row}} {{name}} {{title}}{{/row}}"],
                                          strict: true)
        XCTAssertEqual(try library.render("p", .dictionary(page)), "T &lt;b&gt; 2 E &lt;b&gt; T")
    }
}
