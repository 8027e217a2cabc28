/// RFC 4180 records from CSV text: values separated by commas, records by CRLF (LF or a lone CR
/// accepted too); a value in double quotes may hold commas and line breaks, and a doubled quote
/// inside it is one quote (RFC 4180 2.5-2.7). A leading byte order mark is dropped. Lenient where
/// spreadsheets are: a quote in the middle of an unquoted value is kept as typed.
public enum CSVReader {
    /// The records in order, and the line a quoted value opened on when the text ends inside it.
    public static func read(_ text: String) -> (records: [CSVRecord], unclosedQuoteLine: Int?) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false, inQuotes = false
        var line = 1, recordLine = 1, quoteLine = 1
        var index = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quoted = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if inQuotes {
                if byte == quote {
                    if next == quote { field.append(quote); index += 2; continue }
                    inQuotes = false
                } else {
                    if byte == lf || (byte == cr && next != lf) { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
                quoteLine = line
            case comma:
                endField()
            case cr, lf:
                if byte == cr, next == lf { index += 1 }
                endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(byte)
            }
            index += 1
        }
        if inQuotes { return (records, quoteLine) }
        if !field.isEmpty || !fields.isEmpty || quoted {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        return (records, nil)
    }
}
