import Foundation
import Templates

/// Plain text cut into pieces so a template can show http(s) addresses as links while escaping
/// everything: no HTML is built here, and nothing is ever output raw.
enum LinkedText {
    /// Characters that end an address; a sentence's closing punctuation is not part of it.
    static let stoppers: Set<Character> = ["<", ">", "\"", "'", "`", "{", "}", "|", "\\", "^"]
    static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]"]

    /// Each piece is `["text": …, "href": … or null]`.
    static func segments(_ text: String) -> TemplateValue {
        var pieces: [TemplateValue] = []
        var plain = ""
        var rest = Substring(text)
        while let start = nextLinkStart(in: rest) {
            plain += rest[rest.startIndex..<start]
            var end = rest[start...].firstIndex { $0.isWhitespace || stoppers.contains($0) } ?? rest.endIndex
            while end > start, trailing.contains(rest[rest.index(before: end)]) { end = rest.index(before: end) }
            let address = String(rest[start..<end])
            if address == "http://" || address == "https://" {
                plain += address
            } else {
                if !plain.isEmpty { pieces.append(["text": .string(plain), "href": .null]) }
                plain = ""
                pieces.append(["text": .string(address), "href": .string(address)])
            }
            rest = rest[end...]
        }
        plain += rest
        if !plain.isEmpty { pieces.append(["text": .string(plain), "href": .null]) }
        return .list(pieces)
    }

    private static func nextLinkStart(in text: Substring) -> Substring.Index? {
        var search = text.startIndex
        while let found = text[search...].range(of: "http", options: [.caseInsensitive]) {
            let tail = text[found.lowerBound...].prefix(8).lowercased()
            let atWordStart = found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter
            if atWordStart, tail.hasPrefix("https://") || tail.hasPrefix("http://") { return found.lowerBound }
            search = found.upperBound
        }
        return nil
    }
}
