/// Start-up checks across templates: every partial and layout named exists, and every block a page
/// gives is declared somewhere in its layout (a typo would otherwise be silently ignored).
struct TemplateReferenceChecker {
    let templates: [String: Template]

    func check() throws {
        for name in templates.keys.sorted() {
            try check(templates[name]!.program)
        }
    }

    /// Every template `name` can pull in (itself included), and every block name declared among them.
    func reach(from name: String) -> (templates: Set<String>, blocks: Set<String>) {
        var visited: Set<String> = []
        var blocks: Set<String> = []
        visit(name, &visited, &blocks)
        return (visited, blocks)
    }

    private func check(_ nodes: [RenderNode]) throws {
        for node in nodes {
            switch node.kind {
            case .text, .variable:
                break
            case .section, .invertedSection, .block:
                try check(node.body)
            case .partial:
                guard templates[node.name] != nil else { throw TemplateError("unknown partial '\(node.name)'", at: node.location) }
            case .layout:
                guard templates[node.name] != nil else { throw TemplateError("unknown layout '\(node.name)'", at: node.location) }
                let declared = reach(from: node.name).blocks
                for given in node.blocks.values.sorted(by: { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }) {
                    guard declared.contains(given.name) else {
                        throw TemplateError("layout '\(node.name)' has no block '\(given.name)'", at: given.location)
                    }
                    try check(given.body)
                }
            }
        }
    }

    private func visit(_ name: String, _ visited: inout Set<String>, _ blocks: inout Set<String>) {
        guard visited.insert(name).inserted, let template = templates[name] else { return }
        visit(template.program, &visited, &blocks)
    }

    private func visit(_ nodes: [RenderNode], _ visited: inout Set<String>, _ blocks: inout Set<String>) {
        for node in nodes {
            switch node.kind {
            case .text, .variable:
                break
            case .section, .invertedSection:
                visit(node.body, &visited, &blocks)
            case .block:
                blocks.insert(node.name)
                visit(node.body, &visited, &blocks)
            case .partial:
                visit(node.name, &visited, &blocks)
            case .layout:
                visit(node.name, &visited, &blocks)
                for block in node.blocks.values { visit(block.body, &visited, &blocks) }
            }
        }
    }
}
