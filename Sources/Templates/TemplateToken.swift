/// A run of text or one `{{…}}` tag, as the lexer found it.
struct TemplateToken: Sendable {
    enum Kind: Sendable, Equatable {
        case text, variable, raw, section, inverted, close, partial, comment, block, layout

        /// Tags that produce no output of their own, so a line holding only such a tag is removed.
        var canStandAlone: Bool {
            switch self {
            case .section, .inverted, .close, .partial, .comment, .block, .layout: return true
            case .text, .variable, .raw: return false
            }
        }
    }

    let kind: Kind
    /// For text, the text itself; for a tag, the name after its sigil, trimmed.
    var content: String
    /// For a tag, where `{{` starts; for text, its first non-blank character.
    let location: TemplateLocation
    /// Byte offsets into the source: the text, or the whole tag.
    var start: Int
    var end: Int
}
