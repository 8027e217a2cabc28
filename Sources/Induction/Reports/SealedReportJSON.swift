/// The bytes a report's signatures seal: exactly what Foundation's `JSONEncoder` with `.sortedKeys`
/// and `.withoutEscapingSlashes` writes for `{evidence, fields, kind, questions, report, term}`, which
/// is how every stored seal was made, written here directly because the encoder cost the report page
/// 9% of its time (docs/performance.md). `SealedReportJSONTests` compares the two on random content.
enum SealedReportJSON {
    static func bytes(report: Int, kind: String, term: Int, fields: [String: String], questions: String, evidence: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + questions.utf8.count + fields.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 8 })
        append("{\"evidence\":[", to: &out)
        for (index, hash) in evidence.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(hash, to: &out)
        }
        append("],\"fields\":{", to: &out)
        for (index, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(field.key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendString(field.value, to: &out)
        }
        append("},\"kind\":", to: &out)
        appendString(kind, to: &out)
        append(",\"questions\":", to: &out)
        appendString(questions, to: &out)
        append(",\"report\":" + String(report) + ",\"term\":" + String(term) + "}", to: &out)
        return out
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    /// A JSON string as the encoder writes it: `"` and `\` escaped, control characters as `\b \f \n \r \t`
    /// or `\u00xx` (lowercase hex), everything else, `/` and non-ASCII included, as its UTF-8.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
