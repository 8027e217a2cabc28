/// A parsed template: its name (`pages/ects`), the file errors name, and its node tree.
struct Template: Sendable {
    let name: String
    let file: String
    /// The parsed nodes compiled for rendering (the parse tree itself is not kept).
    let program: [RenderNode]
    /// Size of the source in bytes, to size the output buffer.
    let textBytes: Int

    init(name: String, file: String, source: String) throws {
        self.name = name
        self.file = file
        let tokens = try TemplateLexer(source: source, file: file).tokenize()
        var parser = TemplateParser(tokens: tokens, file: file)
        program = RenderNode.compile(try parser.parse(), file: file)
        textBytes = source.utf8.count
    }
}
