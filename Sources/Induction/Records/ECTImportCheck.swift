import SQLite

/// The import's row-by-row check, shared by `ImportECTs` (inside its change) and the errors CSV
/// (`InductionReader.ectImportProblems`, which writes nothing).
struct ECTImportCheck {
    let today: CalendarDate

    /// The registrations to store, or the problems, row by row in line order.
    func prepare(_ text: String, schoolID: Int?,
                 _ c: Connection) throws -> (accepted: [(registration: ECTRegistration, schoolID: Int)], errors: [ECTImportError]) {
        let parsed = ECTCSVParser(appropriateBodyLevel: schoolID == nil, rowLimit: ECTCSVParser.rowLimit).parse(text)
        guard parsed.errors.isEmpty else { return ([], parsed.errors) }
        let schools = try self.schools(c)
        // A suspended school registers no ECTs, one by one or by import.
        if let schoolID, schools.values.contains(where: { $0.id == schoolID && $0.suspended }) {
            return ([], [ECTImportError(row: nil, message: RegisterECT.suspendedMessage)])
        }
        var accepted: [(registration: ECTRegistration, schoolID: Int)] = []
        var errors: [ECTImportError] = []
        var firstLineOfTRN: [String: Int] = [:]
        for row in parsed.rows {
            var problems = row.form.validate(today: today).messages.merging(row.readErrors) { _, read in read }
            var school = schoolID
            if schoolID == nil {
                if row.schoolURN.isEmpty {
                    problems["schoolURN"] = "Enter the school's URN"
                } else if let found = schools[row.schoolURN], found.suspended {
                    problems["schoolURN"] = "The appropriate body has suspended the account of the school with URN \(row.schoolURN), "
                        + "so it cannot register ECTs"
                } else if let found = schools[row.schoolURN] {
                    school = found.id
                } else {
                    problems["schoolURN"] = "No school with URN \(row.schoolURN) is registered with this appropriate body"
                }
            }
            var form = row.form
            if let school { try resolveStaff(row, schoolID: school, into: &form, &problems, c) }
            if let trn = TRN.normalise(TextCleaning.singleLine(row.form.trn).replacingOccurrences(of: " ", with: "")) {
                if let earlier = firstLineOfTRN[trn] {
                    problems["trn"] = "TRN \(trn) is also on row \(earlier). Each ECT can be in the file only once"
                } else {
                    firstLineOfTRN[trn] = row.line
                }
            }
            if problems.isEmpty, let school, let registration = form.validate(today: today).value {
                if let refusal = try refusal(registration, schoolID: school, showsDetails: schoolID == nil, c) {
                    problems.merge(refusal) { first, _ in first }
                } else {
                    accepted.append((registration, school))
                }
            }
            errors += Self.ordered(problems, line: row.line)
        }
        return (accepted, errors)
    }

    /// One error per field, in the order of the form (the whole row first, then the school).
    private static func ordered(_ problems: [String: String], line: Int) -> [ECTImportError] {
        (["", "schoolURN"] + ECTRegistrationForm.fieldNames).compactMap { field in
            problems[field].map { ECTImportError(row: line, column: field.isEmpty ? "" : ECTCSVColumn.name(forField: field), message: $0) }
        }
    }

    /// Every school by URN, with whether the appropriate body has suspended it.
    private func schools(_ c: Connection) throws -> [String: (id: Int, suspended: Bool)] {
        var schools: [String: (id: Int, suspended: Bool)] = [:]
        for row in try c.query("SELECT id, urn, status FROM schools") {
            schools[try row.string("urn")] = (try row.int("id"), try row.string("status") == "suspended")
        }
        return schools
    }
}
