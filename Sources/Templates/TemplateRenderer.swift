/// Renders compiled templates against a context stack into UTF-8 bytes, the response body itself.
/// Holds no mutable state: every call owns its stack and output.
struct TemplateRenderer {
    /// A block body to use in place of a layout's default, with the page's context at the `{{<` tag.
    struct Override {
        let body: [RenderNode]
        let stack: [TemplateValue]
        let overrides: [String: Override]
    }

    static let maximumDepth = 64

    let templates: [String: Template]
    let strict: Bool

    func render(
        _ nodes: [RenderNode], stack: inout [TemplateValue], overrides: [String: Override], depth: Int,
        into out: inout [UInt8]
    ) throws {
        for node in nodes {
            switch node.kind {
            case .text:
                out.append(contentsOf: node.bytes)
            case .variable:
                try append(resolve(node, in: stack), escaped: node.escaped, at: node.location, into: &out)
            case .invertedSection:
                if try !resolve(node, in: stack).isTruthy {
                    try render(node.body, stack: &stack, overrides: overrides, depth: depth, into: &out)
                }
            case .section:
                let value = try resolve(node, in: stack)
                if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        try render(node.body, stack: &stack, overrides: overrides, depth: depth, into: &out)
                        stack.removeLast()
                    }
                } else if value.isTruthy {
                    stack.append(value)
                    try render(node.body, stack: &stack, overrides: overrides, depth: depth, into: &out)
                    stack.removeLast()
                }
            case .partial:
                let template = try nested(node.name, depth: depth, at: node.location)
                try render(template.program, stack: &stack, overrides: overrides, depth: depth + 1, into: &out)
            case .block:
                if let override = overrides[node.name] {
                    try checkDepth(depth, at: node.location)
                    var pageStack = override.stack
                    try render(override.body, stack: &pageStack, overrides: override.overrides, depth: depth + 1, into: &out)
                } else {
                    try render(node.body, stack: &stack, overrides: overrides, depth: depth, into: &out)
                }
            case .layout:
                let template = try nested(node.name, depth: depth, at: node.location)
                var merged = overrides
                for (block, given) in node.blocks where merged[block] == nil {
                    merged[block] = Override(body: given.body, stack: stack, overrides: overrides)
                }
                try render(template.program, stack: &stack, overrides: merged, depth: depth + 1, into: &out)
            }
        }
    }

    /// Mustache lookup: the first name is searched from the innermost context outwards, the rest inside it.
    /// A `.null` on the way yields `.null`; a name found nowhere is an error in strict mode.
    private func resolve(_ node: RenderNode, in stack: [TemplateValue]) throws -> TemplateValue {
        guard let first = node.keys.first else { return stack[stack.count - 1] }
        var found: TemplateValue?
        var index = stack.count - 1
        while index >= 0 {
            if let value = stack[index].value(of: first) {
                found = value
                break
            }
            index -= 1
        }
        var current = try found ?? missing(node)
        for key in node.keys.dropFirst() {
            if case .null = current { return .null }
            current = try current.value(of: key) ?? missing(node)
        }
        return current
    }

    private func missing(_ node: RenderNode) throws -> TemplateValue {
        if strict { throw TemplateError("no value for '\(node.pathText)'", at: node.location) }
        return .null
    }

    private func append(_ value: TemplateValue, escaped: Bool, at location: TemplateLocation, into out: inout [UInt8]) throws {
        switch value {
        case .string(let text):
            if escaped { out.appendHTMLEscaped(text) } else { out.append(contentsOf: text.utf8) }
        case .int(let number):
            out.append(contentsOf: String(number).utf8)
        case .bool(let flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null:
            break
        case .list, .dictionary:
            if strict { throw TemplateError("cannot print a list or dictionary as text", at: location) }
        }
    }

    private func nested(_ name: String, depth: Int, at location: TemplateLocation) throws -> Template {
        try checkDepth(depth, at: location)
        guard let template = templates[name] else {
            throw TemplateError("unknown template '\(name)'", at: location)
        }
        return template
    }

    private func checkDepth(_ depth: Int, at location: TemplateLocation) throws {
        guard depth < Self.maximumDepth else {
            throw TemplateError("partials, layouts and blocks nest deeper than \(Self.maximumDepth): is there a cycle?", at: location)
        }
    }
}
