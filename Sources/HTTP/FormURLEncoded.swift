/// application/x-www-form-urlencoded, as the WHATWG URL standard parses it, but strict:
/// a bad percent escape or invalid UTF-8 is an error rather than being passed through.
public enum FormURLEncoded {
    public struct DecodingError: Error, Equatable, Sendable {
        public var message: String
    }

    /// Splits on `&`, then the first `=`; `+` becomes a space and `%XX` a byte.
    public static func decode(_ bytes: [UInt8]) throws -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let name: ArraySlice<UInt8>
            let value: ArraySlice<UInt8>
            if let eq = part.firstIndex(of: UInt8(ascii: "=")) {
                name = part[part.startIndex..<eq]
                value = part[(eq + 1)...]
            } else {
                name = part
                value = []
            }
            result.append((try decodeComponent(name, plusAsSpace: true), try decodeComponent(value, plusAsSpace: true)))
        }
        return result
    }

    public static func decode(_ string: String) throws -> [(name: String, value: String)] {
        try decode(Array(string.utf8))
    }

    /// Percent-decodes one component and requires the result to be valid UTF-8 without NUL.
    static func decodeComponent<C: Collection>(_ bytes: C, plusAsSpace: Bool) throws -> String
    where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "%") {
                let h = bytes.index(after: i)
                guard h != bytes.endIndex, let hi = hexValue(bytes[h]) else { throw DecodingError(message: "bad percent escape") }
                let l = bytes.index(after: h)
                guard l != bytes.endIndex, let lo = hexValue(bytes[l]) else { throw DecodingError(message: "bad percent escape") }
                out.append(hi << 4 | lo)
                i = bytes.index(after: l)
                continue
            }
            out.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            i = bytes.index(after: i)
        }
        guard !out.contains(0) else { throw DecodingError(message: "NUL byte") }
        guard let string = String(validating: out, as: UTF8.self) else { throw DecodingError(message: "invalid UTF-8") }
        return string
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
