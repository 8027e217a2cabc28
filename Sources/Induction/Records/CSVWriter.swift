/// RFC 4180 output: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled.
public enum CSVWriter {
    public static func text(_ rows: [[String]]) -> String {
        rows.map(line).joined()
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// A value starting with =, +, - or @ gets a leading apostrophe so a spreadsheet shows it as text,
    /// never runs it as a formula (OWASP CSV injection). Not for files another service parses.
    public static func spreadsheetSafe(_ value: String) -> String {
        if let first = value.first, "=+-@".contains(first) { return "'" + value }
        return value
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
