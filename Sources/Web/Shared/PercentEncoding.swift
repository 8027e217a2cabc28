/// Percent-encoding for a value placed in a query string (RFC 3986 unreserved characters pass).
enum PercentEncoding {
    static func encodeQueryValue(_ value: String) -> String {
        var encoded = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(UnicodeScalar(byte)))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }

    /// A redirect target after sign-in: only a local path, never another site ("//evil", "/\\evil").
    /// Browsers strip tabs and newlines from a Location and read "\\" as "/", so "/\t/evil" would
    /// become "//evil": any control character, space or backslash is refused (WHATWG URL parsing).
    static func safeLocalPath(_ candidate: String) -> String? {
        guard candidate.hasPrefix("/"), !candidate.hasPrefix("//"),
              !candidate.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\\"
                  || (0x80...0x9F).contains($0.value) || $0.properties.isWhitespace }) else { return nil }
        return candidate
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
