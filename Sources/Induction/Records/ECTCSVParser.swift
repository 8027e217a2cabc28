/// Reads an ECT import CSV into rows of registration forms. The header row is required and matched
/// case-insensitively (extra columns are ignored); each row keeps its line number, the header being
/// line 1. Problems with the whole file (no header, missing columns, too many rows) come back with
/// no rows; problems with one row stay on the row for `ImportECTs` to report with the rest.
public struct ECTCSVParser: Sendable {
    /// As the DfE service: at most 1,000 ECTs in one file.
    public static let rowLimit = 1_000

    public let appropriateBodyLevel: Bool
    public let rowLimit: Int

    public init(appropriateBodyLevel: Bool, rowLimit: Int = ECTCSVParser.rowLimit) {
        self.appropriateBodyLevel = appropriateBodyLevel
        self.rowLimit = rowLimit
    }

    public func parse(_ text: String) -> (rows: [ECTImportRow], errors: [ECTImportError]) {
        let (allRecords, unclosed) = CSVReader.read(text)
        if let unclosed {
            return ([], [ECTImportError(row: unclosed, message: "A quoted value starting on this line is never closed. Check the quotation marks")])
        }
        let records = allRecords.filter { !$0.isBlank }
        guard let header = records.first else {
            return ([], [ECTImportError(row: nil, message: "Paste the CSV file's contents, starting with its header row")])
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let columns = ECTCSVColumn.columns(appropriateBodyLevel: appropriateBodyLevel)
        let missing = columns.filter { !names.contains($0.name) }
        if !missing.isEmpty {
            return ([], missing.map {
                ECTImportError(row: header.line, column: $0.name,
                               message: "The header row must include the column \($0.name). Download the template to see every column")
            })
        }
        let data = records.dropFirst()
        if data.isEmpty {
            return ([], [ECTImportError(row: nil, message: "The file has no ECTs in it. Add a row under the header for each ECT")])
        }
        if data.count > rowLimit {
            return ([], [ECTImportError(row: nil, message: "The file has \(Self.grouped(data.count)) ECTs. Import at most "
                                            + "\(Self.grouped(rowLimit)) at a time: split the file and import each part")])
        }
        let positions = columns.map { column in (column.field, names.firstIndex(of: column.name)!) }
        return (data.map { row(from: $0, positions: positions, width: names.count) }, [])
    }

    private func row(from record: CSVRecord, positions: [(field: String, index: Int)], width: Int) -> ECTImportRow {
        var row = ECTImportRow(line: record.line)
        if record.fields.count > width {
            row.readErrors[""] = "This row has \(record.fields.count) values but the header has \(width) columns. "
                + "Put values containing commas in double quotes"
        }
        for (field, index) in positions {
            let value = index < record.fields.count ? record.fields[index] : ""
            set(field, value, on: &row)
        }
        return row
    }

    private func set(_ field: String, _ value: String, on row: inout ECTImportRow) {
        switch field {
        case "schoolURN": row.schoolURN = value.trimmingCharacters(in: .whitespaces)
        case "firstName": row.form.firstName = value
        case "lastName": row.form.lastName = value
        case "email": row.form.email = value
        case "trn": row.form.trn = value
        case "dateOfBirth": row.form.dateOfBirth = date(value, field, "Date of birth", &row)
        case "qtsDate": row.form.qtsDate = date(value, field, "QTS award date", &row)
        case "inductionStart": row.form.inductionStart = date(value, field, "Induction start date", &row)
        case "fte": row.form.fte = value
        case "trainingProgramme": row.form.trainingProgramme = value.trimmingCharacters(in: .whitespaces).lowercased()
        case "leadProvider": row.form.leadProvider = value
        case "tutor": row.tutorEmail = value.trimmingCharacters(in: .whitespaces)
        case "mentor": row.mentorEmail = value.trimmingCharacters(in: .whitespaces)
        case "termsServedElsewhere": row.form.termsServedElsewhere = value
        case "previousAppropriateBody": row.form.previousAppropriateBody = value
        default: break
        }
    }

    /// ISO 8601 (2026-09-01) or the UK's 01/09/2026, as the three typed fields the form validates;
    /// empty stays empty so the form says "Enter the …".
    private func date(_ text: String, _ field: String, _ label: String, _ row: inout ECTImportRow) -> TypedDate {
        let clean = text.trimmingCharacters(in: .whitespaces)
        if clean.isEmpty { return TypedDate() }
        let iso = clean.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if iso.count == 3, iso[0].count == 4 { return TypedDate(day: iso[2], month: iso[1], year: iso[0]) }
        let uk = clean.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if uk.count == 3, uk[2].count == 4 { return TypedDate(day: uk[0], month: uk[1], year: uk[2]) }
        row.readErrors[field] = "\(label) must be a date like 2026-09-01 or 01/09/2026"
        return TypedDate()
    }

    /// 1001 as "1,001".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }
}
