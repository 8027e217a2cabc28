/// Character classes of the HTTP and MIME grammars, byte by byte: each is ALPHA / DIGIT (RFC 5234)
/// plus the punctuation its rule lists.
enum ByteClass {
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }

    /// Alphanumeric or one of `punctuation`.
    static func isAlphanumeric(_ byte: UInt8, or punctuation: String) -> Bool {
        isAlphanumeric(byte) || punctuation.utf8.contains(byte)
    }
}
