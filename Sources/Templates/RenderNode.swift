/// A template node compiled for rendering: text as UTF-8 bytes ready to copy, names with their keys
/// hashed. It is a class, so walking the tree retains one object per node, where the parse tree's
/// enum copied every string and array of a node each time it was visited (docs/performance.md).
/// Only the fields of its `kind` are set.
final class RenderNode: Sendable {
    enum Kind: Sendable {
        case text, variable, section, invertedSection, partial, block, layout
    }

    let kind: Kind
    /// `.text`: the bytes to copy.
    let bytes: [UInt8]
    /// `.variable` and the sections: the name to resolve, as keys and as written (for errors).
    let keys: [TemplateKey]
    let pathText: String
    /// `.variable`: `{{name}}` escapes, `{{{name}}}` and `{{&name}}` do not.
    let escaped: Bool
    /// `.partial`, `.block` and `.layout`: the template or block named.
    let name: String
    /// Sections and blocks: what they enclose.
    let body: [RenderNode]
    /// `.layout`: the blocks the page gives, by name, each a `.block` node.
    let blocks: [String: RenderNode]
    let location: TemplateLocation

    private init(_ kind: Kind, bytes: [UInt8] = [], path: TemplatePath? = nil, escaped: Bool = false, name: String = "",
                 body: [RenderNode] = [], blocks: [String: RenderNode] = [:], location: TemplateLocation) {
        self.kind = kind
        self.bytes = bytes
        self.keys = path?.keys ?? []
        self.pathText = path?.text ?? ""
        self.escaped = escaped
        self.name = name
        self.body = body
        self.blocks = blocks
        self.location = location
    }

    static func compile(_ nodes: [TemplateNode], file: String) -> [RenderNode] {
        nodes.map { compile($0, file: file) }
    }

    private static func compile(_ node: TemplateNode, file: String) -> RenderNode {
        switch node {
        case .text(let text):
            return RenderNode(.text, bytes: Array(text.utf8), location: TemplateLocation(file: file, line: 0, column: 0))
        case .variable(let path, let escaped, let location):
            return RenderNode(.variable, path: path, escaped: escaped, location: location)
        case .section(let path, let inverted, let body, let location):
            return RenderNode(inverted ? .invertedSection : .section, path: path, body: compile(body, file: file), location: location)
        case .partial(let name, let location):
            return RenderNode(.partial, name: name, location: location)
        case .block(let name, let body, let location):
            return RenderNode(.block, name: name, body: compile(body, file: file), location: location)
        case .layout(let name, let blocks, let location):
            let given = blocks.map { block in
                (block.key, RenderNode(.block, name: block.key, body: compile(block.value.body, file: file), location: block.value.location))
            }
            return RenderNode(.layout, name: name, blocks: Dictionary(uniqueKeysWithValues: given), location: location)
        }
    }
}
