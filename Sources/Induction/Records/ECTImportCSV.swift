import Foundation

/// The CSV files the import pages offer: the template (header row and one example row) and a
/// list of problems as `row,column,message`. Values starting with =, +, - or @ get a leading
/// apostrophe so a spreadsheet shows them as text, never runs them as formulas (OWASP CSV injection).
public enum ECTImportCSV {
    public static func template(appropriateBodyLevel: Bool) -> String {
        let columns = ECTCSVColumn.columns(appropriateBodyLevel: appropriateBodyLevel)
        let example: [String: String] = [
            "school_urn": "107512", "first_name": "Priya", "last_name": "Sandhu", "email": "priya.sandhu@example.org",
            "trn": "4012345", "date_of_birth": "1998-03-27", "qts_date": "2026-07-14", "induction_start_date": "2026-09-01",
            "fte": "0.8", "training_programme": "provider-led", "lead_provider": "Ambition Institute",
            "induction_tutor_email": "", "mentor_email": "", "terms_served_elsewhere": "0", "previous_appropriate_body": "",
        ]
        return line(columns.map(\.name)) + line(columns.map { example[$0.name] ?? "" })
    }

    public static func errors(_ errors: [ECTImportError]) -> String {
        line(["row", "column", "message"]) + errors.map { line([$0.row.map(String.init) ?? "", $0.column, $0.message]) }.joined()
    }

    static func line(_ values: [String]) -> String { CSVWriter.line(values.map(CSVWriter.spreadsheetSafe)) }
}
