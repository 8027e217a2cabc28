/// Splits a template's source into text and tags, validating each tag's name.
struct TemplateLexer {
    let bytes: [UInt8]
    private let file: String
    private let lineStarts: [Int]

    private static let open = UInt8(ascii: "{")
    private static let close = UInt8(ascii: "}")
    private static let newline = UInt8(ascii: "\n")

    init(source: String, file: String) {
        bytes = Array(source.utf8)
        self.file = file
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == Self.newline {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    func tokenize() throws -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var i = 0
        var textStart = 0
        while i + 1 < bytes.count {
            guard bytes[i] == Self.open, bytes[i + 1] == Self.open else {
                i += 1
                continue
            }
            if textStart < i { tokens.append(text(from: textStart, to: i)) }
            let tag = try readTag(at: i)
            tokens.append(tag)
            i = tag.end
            textStart = i
        }
        if textStart < bytes.count { tokens.append(text(from: textStart, to: bytes.count)) }
        removeStandaloneLines(&tokens)
        return tokens.compactMap { token in
            guard token.kind == .text else { return token }
            guard token.start < token.end else { return nil }
            var text = token
            text.content = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            return text
        }
    }

    private func text(from start: Int, to end: Int) -> TemplateToken {
        let firstVisible = bytes[start..<end].firstIndex { !Self.isBlank($0) } ?? start
        return TemplateToken(kind: .text, content: "", location: location(at: firstVisible), start: start, end: end)
    }

    private func readTag(at start: Int) throws -> TemplateToken {
        let location = location(at: start)
        var contentStart = start + 2
        let triple = contentStart < bytes.count && bytes[contentStart] == Self.open
        if triple { contentStart += 1 }
        let closerLength = triple ? 3 : 2
        let firstVisible = bytes[contentStart...].firstIndex { !Self.isBlank($0) }
        let isComment = !triple && firstVisible.map { bytes[$0] == UInt8(ascii: "!") } ?? false
        guard let closeAt = findCloser(from: contentStart, length: closerLength, allowOpen: isComment) else {
            throw TemplateError("unclosed tag: no matching '\(triple ? "}}}" : "}}")'", at: location)
        }
        let end = closeAt + closerLength
        var (from, to) = trimmedRange(contentStart, closeAt)
        guard from < to else { throw TemplateError("empty tag", at: location) }

        var kind = TemplateToken.Kind.variable
        if triple {
            kind = .raw
        } else {
            switch bytes[from] {
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "&"): kind = .raw
            case UInt8(ascii: "$"): kind = .block
            case UInt8(ascii: "<"): kind = .layout
            case UInt8(ascii: "="): throw TemplateError("changing delimiters is not supported", at: location)
            default: break
            }
            if kind != .variable { (from, to) = trimmedRange(from + 1, to) }
        }
        let content = String(decoding: bytes[from..<to], as: UTF8.self)
        if kind == .comment {
            return TemplateToken(kind: .comment, content: "", location: location, start: start, end: end)
        }
        guard !content.isEmpty else { throw TemplateError("missing name in tag", at: location) }
        guard Self.isValid(name: content, for: kind) else {
            throw TemplateError("invalid name '\(content)'", at: location)
        }
        return TemplateToken(kind: kind, content: content, location: location, start: start, end: end)
    }

    private static func isValid(name: String, for kind: TemplateToken.Kind) -> Bool {
        switch kind {
        case .partial, .layout: return TemplatePath.isTemplateName(name)
        case .block: return TemplatePath.isIdentifier(name)
        case .close: return TemplatePath(name) != nil || TemplatePath.isTemplateName(name)
        default: return TemplatePath(name) != nil
        }
    }

    /// Finds `}}` (or `}}}`). Outside comments, meeting another `{{` first means this tag was never closed.
    private func findCloser(from start: Int, length: Int, allowOpen: Bool) -> Int? {
        var k = start
        while k + length <= bytes.count {
            if bytes[k] == Self.close, bytes[k + 1] == Self.close, length == 2 || bytes[k + 2] == Self.close {
                return k
            }
            if !allowOpen, bytes[k] == Self.open, k + 1 < bytes.count, bytes[k + 1] == Self.open { return nil }
            k += 1
        }
        return nil
    }

    private func trimmedRange(_ start: Int, _ end: Int) -> (Int, Int) {
        var (from, to) = (start, end)
        while from < to, Self.isBlank(bytes[from]) { from += 1 }
        while to > from, Self.isBlank(bytes[to - 1]) { to -= 1 }
        return (from, to)
    }

    func location(at offset: Int) -> TemplateLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = bytes[lineStarts[low]..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return TemplateLocation(file: file, line: low + 1, column: column)
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
