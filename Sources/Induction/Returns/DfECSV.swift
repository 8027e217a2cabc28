/// RFC 4180 writing: a field holding a comma, a quote or a line break is quoted, its quotes doubled
/// (2.6, 2.7); every record ends CRLF (2.1).
enum DfECSV {
    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
