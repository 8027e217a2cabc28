/// The appropriate body's ECT list as CSV: one row per ECT, ISO dates so spreadsheets sort them,
/// every cell spreadsheet-safe.
public enum ECTListCSV {
    public static let header = ["School URN", "School", "TRN", "First name", "Last name", "Date of birth", "Email",
                                "Induction start date", "Working pattern", "Programme", "Status", "Terms served",
                                "Projected end date", "Induction tutor", "Mentor", "At risk", "Latest report",
                                "Latest report state", "Outcome", "Decision date"]

    public static func text(_ rows: [ECTListRow]) -> String {
        CSVWriter.text([header] + rows.map { row in
            [row.schoolURN, row.schoolName, row.trn, row.firstName, row.lastName, row.dateOfBirth?.iso ?? "", row.email,
             row.inductionStart.iso, row.workingPattern, row.programme, row.status, row.termsServed?.oneDecimal ?? "",
             row.projectedEnd?.iso ?? "", row.tutor, row.mentor, row.atRisk ? "Yes" : "No", row.latestReport,
             row.latestReportState, row.outcome, row.decidedOn?.iso ?? ""].map(CSVWriter.spreadsheetSafe)
        })
    }
}
