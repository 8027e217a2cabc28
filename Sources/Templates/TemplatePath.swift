/// A dotted name such as `school.name`, as keys hashed for lookup; no keys means `.`, the current item.
struct TemplatePath: Sendable, Equatable {
    let keys: [TemplateKey]
    let text: String

    /// Returns nil unless `text` is `.` or non-empty segments of letters, digits, `_` and `-` joined by dots.
    init?(_ text: String) {
        self.text = text
        if text == "." {
            keys = []
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ TemplatePath.isIdentifier($0) }) else { return nil }
        keys = parts.map { TemplateKey(String($0)) }
    }

    static func isIdentifier<S: StringProtocol>(_ s: S, allowingDots: Bool = false) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                return true
            case UInt8(ascii: "."):
                return allowingDots
            default:
                return false
            }
        }
    }

    /// Template names are `/`-separated segments of identifier characters and dots, never `.` or `..`.
    static func isTemplateName(_ s: String) -> Bool {
        s.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { segment in
            segment != "." && segment != ".." && isIdentifier(segment, allowingDots: true)
        }
    }
}
