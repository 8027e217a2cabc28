import Foundation
import SQLite

/// Issue 4 item 9: a CSV of ECTs, at a school or for the whole appropriate body, checked row by row
/// with the one-by-one form's rules and applied all or nothing. Every row becomes a pending
/// registration, as if typed into the form, in one transaction with one audit event; if any row
/// fails, nothing is written and every problem comes back with its line number (header = line 1).
/// A TRN that already has a record (a transfer, a re-registration) is refused here: the one-by-one
/// form handles those, carrying the induction over.
public struct ImportECTs: Sendable {
    let database: Database
    let time: any TimeSource
    let rowLimit: Int

    public init(database: Database, time: any TimeSource, rowLimit: Int = ECTCSVParser.rowLimit) {
        self.database = database
        self.time = time
        self.rowLimit = rowLimit
    }

    /// Every problem the import would report, without writing anything (for the errors CSV).
    /// `schoolID` nil means an appropriate body import, with a `school_urn` column.
    public func check(_ text: String, schoolID: Int?) throws -> [ECTImportError] {
        try database.read { try prepare(text, schoolID: schoolID, $0).errors }
    }

    public func importCSV(_ text: String, schoolID: Int?, actorName: String, actorUserID: Int?,
                          clientAddress: String) throws -> ECTImportOutcome {
        try database.write { c in
            try c.transaction {
                let (accepted, errors) = try prepare(text, schoolID: schoolID, c)
                guard errors.isEmpty else { return .refused(errors) }
                let stamp = time.timestamp
                for (registration, school) in accepted {
                    try insert(registration, schoolID: school, at: stamp, c)
                }
                let schools = Set(accepted.map(\.schoolID))
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .ectsImported,
                               recordType: schoolID == nil ? "appropriate_body" : "school", recordID: schoolID,
                               detail: "\(accepted.count) ECTs registered, pending, at \(schools.count) school(s)",
                               clientAddress: clientAddress)
                    .record(in: c, at: stamp)
                return .imported(count: accepted.count)
            }
        }
    }

    /// The registrations to store, or the problems, row by row in line order.
    private func prepare(_ text: String, schoolID: Int?,
                         _ c: Connection) throws -> (accepted: [(registration: ECTRegistration, schoolID: Int)], errors: [ECTImportError]) {
        let parsed = ECTCSVParser(appropriateBodyLevel: schoolID == nil, rowLimit: rowLimit).parse(text)
        guard parsed.errors.isEmpty else { return ([], parsed.errors) }
        let schools = try self.schools(c)
        // A suspended school registers no ECTs, one by one or by import.
        if let schoolID, schools.values.contains(where: { $0.id == schoolID && $0.suspended }) {
            return ([], [ECTImportError(row: nil, message: RegisterECT.suspendedMessage)])
        }
        let today = time.today
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

    /// As `RegisterECT` stores a new ECT: the record and its pending induction period.
    private func insert(_ r: ECTRegistration, schoolID: Int, at stamp: String, _ c: Connection) throws {
        let ectID = try RegisterECT.insertECT(r, schoolID: schoolID, at: stamp, c)
        try RegisterECT.insertPendingPeriod(r, ectID: ectID, schoolID: schoolID, at: stamp, c)
    }
}
