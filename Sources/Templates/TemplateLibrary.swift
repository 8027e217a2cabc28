/// Every template of the app, parsed and cross-checked once at start-up; rendering is then a pure
/// function of (tree, values) and safe to call from many threads at once.
public final class TemplateLibrary: Sendable {
    private let templates: [String: Template]
    private let capacities: [String: Int]
    private let strict: Bool

    /// Parses every *.html file under `directory` (recursively). Throws the first TemplateError; also checks
    /// every partial and layout reference resolves to a parsed template (error names where the reference is).
    public convenience init(directory: String, strict: Bool) throws {
        try self.init(parsed: Self.load(directory: directory), strict: strict)
    }

    /// For tests: templates given as name → source. Errors name the file as the template's name.
    public convenience init(templates: [String: String], strict: Bool) throws {
        var parsed: [String: Template] = [:]
        for (name, source) in templates.sorted(by: { $0.key < $1.key }) {
            parsed[name] = try Template(name: name, file: name, source: source)
        }
        try self.init(parsed: parsed, strict: strict)
    }

    private init(parsed: [String: Template], strict: Bool) throws {
        let checker = TemplateReferenceChecker(templates: parsed)
        try checker.check()
        var capacities: [String: Int] = [:]
        for name in parsed.keys {
            capacities[name] = checker.reach(from: name).templates.reduce(256) { $0 + (parsed[$1]?.textBytes ?? 0) }
        }
        self.templates = parsed
        self.capacities = capacities
        self.strict = strict
    }

    public var templateNames: [String] { templates.keys.sorted() }

    /// Renders template `name` (e.g. "pages/ects"). In strict mode a variable or section name that resolves to
    /// nothing in the whole context stack throws a TemplateError naming the file:line:column of the tag;
    /// in non-strict mode missing renders as empty. An unknown template name always throws.
    public func render(_ name: String, _ context: TemplateValue) throws -> String {
        String(decoding: try renderBytes(name, context), as: UTF8.self)
    }

    /// As `render`, as the UTF-8 bytes a response sends, with no copy into a String on the way.
    public func renderBytes(_ name: String, _ context: TemplateValue) throws -> [UInt8] {
        guard let template = templates[name] else {
            throw TemplateError(file: name, line: 0, column: 0, message: "unknown template '\(name)'")
        }
        var out: [UInt8] = []
        out.reserveCapacity(capacities[name] ?? 4096)
        var stack = [context]
        stack.reserveCapacity(8)
        try TemplateRenderer(templates: templates, strict: strict)
            .render(template.program, stack: &stack, overrides: [:], depth: 0, into: &out)
        return out
    }
}
