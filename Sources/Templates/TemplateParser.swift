/// Builds the node tree from tokens, matching every opening tag with its close.
struct TemplateParser {
    private enum Opening {
        case root
        case section(TemplatePath, inverted: Bool)
        case block
        case layout
    }

    private struct Frame {
        let opening: Opening
        let name: String
        let location: TemplateLocation
        var nodes: [TemplateNode] = []
        var blocks: [String: TemplateBlock] = [:]

        var isLayout: Bool {
            if case .layout = opening { return true }
            return false
        }
    }

    private let tokens: [TemplateToken]
    private var frames: [Frame]

    init(tokens: [TemplateToken], file: String) {
        self.tokens = tokens
        frames = [Frame(opening: .root, name: "", location: TemplateLocation(file: file, line: 1, column: 1))]
    }

    mutating func parse() throws -> [TemplateNode] {
        for token in tokens {
            try consume(token)
        }
        guard frames.count == 1, let root = frames.last else {
            let open = frames[frames.count - 1]
            throw TemplateError("unclosed \(Self.describe(open.opening)) '\(open.name)'", at: open.location)
        }
        return root.nodes
    }

    private mutating func consume(_ token: TemplateToken) throws {
        let location = token.location
        if frames[frames.count - 1].isLayout {
            switch token.kind {
            case .comment, .block, .close:
                break
            case .text where token.content.utf8.allSatisfy(TemplateLexer.isBlank):
                return
            default:
                let layout = frames[frames.count - 1].name
                throw TemplateError("only blocks may appear inside '{{< \(layout)}}'", at: location)
            }
        }
        switch token.kind {
        case .text:
            if case .text(let previous) = frames[frames.count - 1].nodes.last {
                frames[frames.count - 1].nodes[frames[frames.count - 1].nodes.count - 1] = .text(previous + token.content)
            } else {
                append(.text(token.content))
            }
        case .variable, .raw:
            append(.variable(TemplatePath(token.content)!, escaped: token.kind == .variable, at: location))
        case .section, .inverted:
            let path = TemplatePath(token.content)!
            frames.append(Frame(opening: .section(path, inverted: token.kind == .inverted), name: token.content, location: location))
        case .block:
            frames.append(Frame(opening: .block, name: token.content, location: location))
        case .layout:
            frames.append(Frame(opening: .layout, name: token.content, location: location))
        case .partial:
            append(.partial(token.content, at: location))
        case .comment:
            break
        case .close:
            try close(token.content, at: location)
        }
    }

    private mutating func close(_ name: String, at location: TemplateLocation) throws {
        let frame = frames[frames.count - 1]
        if case .root = frame.opening {
            throw TemplateError("unexpected close '\(name)': nothing is open", at: location)
        }
        guard frame.name == name else {
            throw TemplateError(
                "mismatched close '\(name)': expected '{{/\(frame.name)}}' to close the \(Self.describe(frame.opening)) opened at line \(frame.location.line)",
                at: location)
        }
        frames.removeLast()
        switch frame.opening {
        case .root:
            break
        case .section(let path, let inverted):
            append(.section(path, inverted: inverted, body: frame.nodes, at: frame.location))
        case .block where frames[frames.count - 1].isLayout:
            guard frames[frames.count - 1].blocks[name] == nil else {
                throw TemplateError("block '\(name)' is given twice", at: frame.location)
            }
            frames[frames.count - 1].blocks[name] = TemplateBlock(body: frame.nodes, location: frame.location)
        case .block:
            append(.block(name, body: frame.nodes, at: frame.location))
        case .layout:
            append(.layout(name, blocks: frame.blocks, at: frame.location))
        }
    }

    private mutating func append(_ node: TemplateNode) {
        frames[frames.count - 1].nodes.append(node)
    }

    private static func describe(_ opening: Opening) -> String {
        switch opening {
        case .root: return "template"
        case .section(_, let inverted): return inverted ? "inverted section" : "section"
        case .block: return "block"
        case .layout: return "layout"
        }
    }
}
