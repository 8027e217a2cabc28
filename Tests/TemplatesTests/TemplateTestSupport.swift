import XCTest
@testable import Templates

/// A library holding `source` as "page" plus any `others`.
func makeLibrary(_ source: String, others: [String: String] = [:], strict: Bool = true) throws -> TemplateLibrary {
    var templates = others
    templates["page"] = source
    return try TemplateLibrary(templates: templates, strict: strict)
}

func render(_ source: String, _ context: TemplateValue = [:], others: [String: String] = [:], strict: Bool = true) throws -> String {
    try makeLibrary(source, others: others, strict: strict).render("page", context)
}

/// The TemplateError that building (or, with `context`, rendering) throws; fails the test when none is thrown.
func templateError(
    _ templates: [String: String], rendering context: TemplateValue? = nil, strict: Bool = true,
    file: StaticString = #filePath, line: UInt = #line
) -> TemplateError? {
    do {
        let library = try TemplateLibrary(templates: templates, strict: strict)
        if let context { _ = try library.render("page", context) }
        XCTFail("expected a TemplateError", file: file, line: line)
    } catch let error as TemplateError {
        return error
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
    return nil
}
