import Foundation
import XCTest
@testable import Templates

final class DirectoryLoadingTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "templates-\(UUID().uuidString)/Templates"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent)
    }

    private func write(_ relative: String, _ contents: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func testLoadsHTMLFilesRecursivelyByRelativeName() throws {
        try write("layouts/main.html", "<title>{{$title}}Induct{{/title}}</title>{{$content}}{{/content}}")
        try write("partials/ect_row.html", "<li>{{name}}</li>")
        try write("pages/ects/index.html", """
            {{< layouts/main}}
            {{$title}}ECTs{{/title}}
            {{$content}}<ul>{{#ects}}{{> partials/ect_row}}{{/ects}}</ul>{{/content}}
            {{/layouts/main}}
            """)
        try write("README.md", "{{ not a template")
        let library = try TemplateLibrary(directory: root, strict: true)
        XCTAssertEqual(library.templateNames, ["layouts/main", "pages/ects/index", "partials/ect_row"])
        XCTAssertEqual(try library.render("pages/ects/index", ["ects": [["name": "Ann"]]]),
                       "<title>ECTs</title><ul><li>Ann</li></ul>")
    }

    func testParseErrorNamesTheFileOnDisk() throws {
        try write("pages/ok.html", "fine")
        try write("pages/broken.html", "<p>\n{{#ects}}\n</p>")
        XCTAssertThrowsError(try TemplateLibrary(directory: root + "/", strict: true)) { error in
            XCTAssertEqual((error as? TemplateError)?.description, "\(self.root)/pages/broken.html:2:1: unclosed section 'ects'")
        }
    }

    func testUnknownPartialNamesTheReferencingFile() throws {
        try write("pages/home.html", "x\n  {{> partials/nope}}")
        XCTAssertThrowsError(try TemplateLibrary(directory: root, strict: false)) { error in
            XCTAssertEqual((error as? TemplateError)?.description, "\(self.root)/pages/home.html:2:3: unknown partial 'partials/nope'")
        }
    }

    func testMissingDirectoryIsAnError() {
        XCTAssertThrowsError(try TemplateLibrary(directory: root + "/nope", strict: true)) { error in
            XCTAssertEqual((error as? TemplateError)?.message, "no such template directory")
        }
    }
}
