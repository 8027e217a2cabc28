/// Text that people type and that ends up on one line: a header, a name, an audit column.
enum TextCleaning {
    /// Control characters and line or paragraph separators become spaces; runs of whitespace
    /// collapse to one space; the ends are trimmed. Stops CR/LF reaching an email header.
    static func singleLine(_ text: String) -> String {
        let spaced = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator:
                return " "
            default:
                return scalar
            }
        }))
        return spaced.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
