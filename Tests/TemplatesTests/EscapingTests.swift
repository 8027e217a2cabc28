import XCTest
@testable import Templates

final class EscapingTests: XCTestCase {
    func testEachSpecialCharacterIsEscaped() throws {
        XCTAssertEqual(try render("{{v}}", ["v": "&"]), "&amp;")
        XCTAssertEqual(try render("{{v}}", ["v": "<"]), "&lt;")
        XCTAssertEqual(try render("{{v}}", ["v": ">"]), "&gt;")
        XCTAssertEqual(try render("{{v}}", ["v": "\""]), "&quot;")
        XCTAssertEqual(try render("{{v}}", ["v": "'"]), "&#39;")
    }

    func testEscapingKeepsSurroundingTextAndUnicode() throws {
        let value: TemplateValue = ["v": "Zoë <b>\"O'Neil\" & co</b> ✓"]
        XCTAssertEqual(
            try render("<p title=\"{{v}}\">{{ v }}</p>", value),
            "<p title=\"Zoë &lt;b&gt;&quot;O&#39;Neil&quot; &amp; co&lt;/b&gt; ✓\">Zoë &lt;b&gt;&quot;O&#39;Neil&quot; &amp; co&lt;/b&gt; ✓</p>")
    }

    func testTripleBracesAreRaw() throws {
        XCTAssertEqual(try render("{{{html}}}", ["html": "<b>&'\"</b>"]), "<b>&'\"</b>")
        XCTAssertEqual(try render("{{{ html }}}", ["html": "<i>"]), "<i>")
    }

    func testAmpersandIsRaw() throws {
        XCTAssertEqual(try render("{{& html}}", ["html": "<b>&'\"</b>"]), "<b>&'\"</b>")
        XCTAssertEqual(try render("{{&html}}", ["html": "<i>"]), "<i>")
    }

    func testScalarsPrint() throws {
        XCTAssertEqual(try render("{{n}} {{yes}} {{no}} [{{none}}]", ["n": 42, "yes": true, "no": false, "none": nil]), "42 true false []")
        XCTAssertEqual(try render("{{n}}", ["n": -7]), "-7")
    }

    func testStringConvenienceInitialiser() throws {
        let missing: String? = nil
        XCTAssertEqual(TemplateValue(missing), .null)
        XCTAssertEqual(TemplateValue("x" as String?), .string("x"))
        XCTAssertEqual(try render("[{{a}}]", ["a": TemplateValue(missing)]), "[]")
    }
}
