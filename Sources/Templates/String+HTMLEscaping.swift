extension String {
    /// Appends `text` with `& < > " '` replaced by entities; other bytes are copied in runs.
    mutating func appendHTMLEscaped(_ text: String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let entity: String
            switch utf8[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            if runStart != index { append(contentsOf: text[runStart..<index]) }
            append(entity)
            utf8.formIndex(after: &index)
            runStart = index
        }
        if runStart == utf8.startIndex {
            append(text)
        } else if runStart != utf8.endIndex {
            append(contentsOf: text[runStart..<utf8.endIndex])
        }
    }
}
