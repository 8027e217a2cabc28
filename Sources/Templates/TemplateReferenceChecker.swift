/// Start-up checks across templates: every partial and layout named exists, and every block a page
/// gives is declared somewhere in its layout (a typo would otherwise be silently ignored).
struct TemplateReferenceChecker {
    let templates: [String: Template]

    func check() throws {
        for name in templates.keys.sorted() {
            try check(templates[name]!.nodes)
        }
    }

    /// Every template `name` can pull in (itself included), and every block name declared among them.
    func reach(from name: String) -> (templates: Set<String>, blocks: Set<String>) {
        var visited: Set<String> = []
        var blocks: Set<String> = []
        visit(name, &visited, &blocks)
        return (visited, blocks)
    }

    private func check(_ nodes: [TemplateNode]) throws {
        for node in nodes {
            switch node {
            case .text, .variable:
                break
            case .section(_, _, let body, _), .block(_, let body, _):
                try check(body)
            case .partial(let name, let location):
                guard templates[name] != nil else { throw TemplateError("unknown partial '\(name)'", at: location) }
            case .layout(let name, let blocks, let location):
                guard templates[name] != nil else { throw TemplateError("unknown layout '\(name)'", at: location) }
                let declared = reach(from: name).blocks
                for (block, given) in blocks.sorted(by: { ($0.value.location.line, $0.value.location.column) < ($1.value.location.line, $1.value.location.column) }) {
                    guard declared.contains(block) else {
                        throw TemplateError("layout '\(name)' has no block '\(block)'", at: given.location)
                    }
                    try check(given.body)
                }
            }
        }
    }

    private func visit(_ name: String, _ visited: inout Set<String>, _ blocks: inout Set<String>) {
        guard visited.insert(name).inserted, let template = templates[name] else { return }
        visit(template.nodes, &visited, &blocks)
    }

    private func visit(_ nodes: [TemplateNode], _ visited: inout Set<String>, _ blocks: inout Set<String>) {
        for node in nodes {
            switch node {
            case .text, .variable:
                break
            case .section(_, _, let body, _):
                visit(body, &visited, &blocks)
            case .block(let name, let body, _):
                blocks.insert(name)
                visit(body, &visited, &blocks)
            case .partial(let name, _):
                visit(name, &visited, &blocks)
            case .layout(let name, let given, _):
                visit(name, &visited, &blocks)
                for block in given.values { visit(block.body, &visited, &blocks) }
            }
        }
    }
}
