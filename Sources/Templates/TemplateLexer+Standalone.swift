extension TemplateLexer {
    /// A line holding only section, close, partial, comment or block tags and blanks leaves no trace:
    /// the blanks before the tag and the line break after it are dropped (as in Mustache's spec).
    func removeStandaloneLines(_ tokens: inout [TemplateToken]) {
        var trims: [(index: Int, keepBefore: Int?, dropThrough: Int?)] = []
        for index in tokens.indices where tokens[index].kind.canStandAlone {
            guard let lineStart = blankLineStart(before: index, in: tokens),
                  let lineEnd = blankLineEnd(after: index, in: tokens) else { continue }
            trims.append((index, lineStart, lineEnd))
        }
        for trim in trims {
            if trim.index > 0, let keep = trim.keepBefore {
                tokens[trim.index - 1].end = min(tokens[trim.index - 1].end, keep)
            }
            if trim.index + 1 < tokens.count, let drop = trim.dropThrough {
                tokens[trim.index + 1].start = max(tokens[trim.index + 1].start, drop)
            }
        }
        for index in tokens.indices where tokens[index].kind == .text && tokens[index].end < tokens[index].start {
            tokens[index].end = tokens[index].start
        }
    }

    /// Where the blanks before token `index` begin, if only blanks separate it from the line's start.
    private func blankLineStart(before index: Int, in tokens: [TemplateToken]) -> Int? {
        guard index > 0 else { return 0 }
        let previous = tokens[index - 1]
        guard previous.kind == .text else { return nil }
        var k = previous.end
        while k > previous.start {
            let byte = bytes[k - 1]
            if byte == UInt8(ascii: "\n") { return k }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return nil }
            k -= 1
        }
        return index - 1 == 0 ? previous.start : nil
    }

    /// Just past the line break after token `index`, if only blanks separate it from the line's end.
    private func blankLineEnd(after index: Int, in tokens: [TemplateToken]) -> Int? {
        guard index + 1 < tokens.count else { return bytes.count }
        let next = tokens[index + 1]
        guard next.kind == .text else { return nil }
        var k = next.start
        while k < next.end {
            let byte = bytes[k]
            if byte == UInt8(ascii: "\n") { return k + 1 }
            if byte == UInt8(ascii: "\r"), k + 1 < next.end, bytes[k + 1] == UInt8(ascii: "\n") { return k + 2 }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return nil }
            k += 1
        }
        return index + 1 == tokens.count - 1 ? next.end : nil
    }
}
