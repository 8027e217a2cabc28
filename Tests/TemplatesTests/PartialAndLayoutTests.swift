import Synchronization
import XCTest
@testable import Templates

final class PartialAndLayoutTests: XCTestCase {
    func testPartialUsesCurrentContext() throws {
        let partials = ["partials/ect_row": "<tr><td>{{name}}</td><td>{{school}}</td></tr>"]
        let context: TemplateValue = ["school": "Oak", "ects": [["name": "Ann"], ["name": "Bo"]]]
        XCTAssertEqual(try render("{{#ects}}{{> partials/ect_row}}{{/ects}}", context, others: partials),
                       "<tr><td>Ann</td><td>Oak</td></tr><tr><td>Bo</td><td>Oak</td></tr>")
    }

    func testNestedPartial() throws {
        let others = ["partials/card": "<div>{{> partials/title}}</div>", "partials/title": "<h2>{{title}}</h2>"]
        XCTAssertEqual(try render("{{>partials/card}}", ["title": "A < B"], others: others), "<div><h2>A &lt; B</h2></div>")
    }

    private let layout = """
        <title>{{$title}}Induct{{/title}}</title>
        <main>{{$content}}{{/content}}</main>
        <footer>{{$footer}}Default footer{{/footer}}</footer>
        """

    func testLayoutWithNamedBlocksAndDefault() throws {
        let page = """
            {{< layouts/main}}
              {{$title}}Schools – {{body}}{{/title}}
              {{! the list }}
              {{$content}}<ul>{{#schools}}<li>{{.}}</li>{{/schools}}</ul>{{/content}}
            {{/layouts/main}}
            """
        let result = try render(page, ["body": "AB1", "schools": ["Oak", "Elm"]], others: ["layouts/main": layout])
        XCTAssertEqual(result, """
            <title>Schools – AB1</title>
            <main><ul><li>Oak</li><li>Elm</li></ul></main>
            <footer>Default footer</footer>
            """)
    }

    func testLayoutSeesPageContextAndBlocksUsePageContext() throws {
        let layout = "{{#user}}<nav>{{name}}</nav>{{/user}}{{$content}}{{/content}}"
        let page = "{{<base}}{{$content}}<p>{{name}}</p>{{/content}}{{/base}}"
        let result = try render(page, ["name": "page", "user": ["name": "Ann"]], others: ["base": layout])
        XCTAssertEqual(result, "<nav>Ann</nav><p>page</p>")
    }

    func testNestedLayoutsPassPageBlocksThrough() throws {
        let others = [
            "layouts/base": "<title>{{$title}}Induct{{/title}}</title>{{$body}}{{/body}}",
            "layouts/portal": "{{< layouts/base}}{{$body}}<aside>{{$nav}}nav{{/nav}}</aside>{{$content}}{{/content}}{{/body}}{{/layouts/base}}",
        ]
        let page = "{{< layouts/portal}}{{$title}}ECTs{{/title}}{{$content}}list{{/content}}{{/layouts/portal}}"
        XCTAssertEqual(try render(page, others: others), "<title>ECTs</title><aside>nav</aside>list")
    }

    func testBlockInPartialOfLayoutCanBeFilled() throws {
        let others = ["layout": "<head>{{> head}}</head>", "head": "<title>{{$title}}x{{/title}}</title>"]
        XCTAssertEqual(try render("{{<layout}}{{$title}}Mine{{/title}}{{/layout}}", others: others),
                       "<head><title>Mine</title></head>")
    }

    func testTemplateNamesAndUnknownTemplate() throws {
        let library = try makeLibrary("x", others: ["a/b": "y"])
        XCTAssertEqual(library.templateNames, ["a/b", "page"])
        XCTAssertThrowsError(try library.render("nope", [:])) { error in
            XCTAssertEqual((error as? TemplateError)?.description, "nope: unknown template 'nope'")
        }
    }

    func testRecursivePartialStopsAtDepthLimit() throws {
        let others = ["loop": "{{> loop}}"]
        XCTAssertThrowsError(try render("{{> loop}}", others: others)) { error in
            XCTAssertTrue((error as? TemplateError)?.message.contains("cycle") ?? false)
        }
    }

    func testRecursivePartialOverTreeData() throws {
        let others = ["node": "<li>{{name}}{{#children}}<ul>{{> node}}</ul>{{/children}}</li>"]
        let tree: TemplateValue = ["name": "a", "children": [["name": "b", "children": []]]]
        XCTAssertEqual(try render("{{#tree}}{{> node}}{{/tree}}", ["tree": tree], others: others),
                       "<li>a<ul><li>b</li></ul></li>")
    }

    func testConcurrentRendersAreIndependent() throws {
        let library = try makeLibrary("{{#items}}{{.}},{{/items}}")
        let results = Mutex<[Int: String]>([:])
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let output = (try? library.render("page", ["items": .list((0..<i).map { .int($0) })])) ?? "error"
            results.withLock { $0[i] = output }
        }
        let all = results.withLock { $0 }
        for i in 0..<64 {
            XCTAssertEqual(all[i], (0..<i).map { "\($0)," }.joined())
        }
    }
}
