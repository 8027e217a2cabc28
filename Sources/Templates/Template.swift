/// A parsed template: its name (`pages/ects`), the file errors name, and its node tree.
struct Template: Sendable {
    let name: String
    let file: String
    let nodes: [TemplateNode]
    /// `nodes` compiled for rendering.
    let program: [RenderNode]
    /// Size of the source in bytes, to size the output buffer.
    let textBytes: Int

    init(name: String, file: String, source: String) throws {
        self.name = name
        self.file = file
        let tokens = try TemplateLexer(source: source, file: file).tokenize()
        var parser = TemplateParser(tokens: tokens, file: file)
        nodes = try parser.parse()
        program = RenderNode.compile(nodes, file: file)
        textBytes = source.utf8.count
    }
}
