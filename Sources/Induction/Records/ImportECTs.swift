import Foundation
import SQLite

/// Issue 4 item 9: a CSV of ECTs, at a school or for the whole appropriate body, checked row by row
/// with the one-by-one form's rules and applied all or nothing. Every row becomes a pending
/// registration, as if typed into the form, in one transaction with one audit event; if any row
/// fails, nothing is written and every problem comes back with its line number (header = line 1).
/// A TRN that already has a record (a transfer, a re-registration) is refused here: the one-by-one
/// form handles those, carrying the induction over. `InductionReader.ectImportProblems` checks
/// without writing.
public struct ImportECTs: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// `schoolID` nil means an appropriate body import, with a `school_urn` column.
    public func importCSV(_ text: String, schoolID: Int?, author: Author) throws -> ECTImportOutcome {
        try store.change { c, stamp in
            let (accepted, errors) = try ECTImportCheck(today: store.time.today).prepare(text, schoolID: schoolID, c)
            guard errors.isEmpty else { return .refused(errors) }
            for (registration, school) in accepted {
                try insert(registration, schoolID: school, at: stamp, c)
            }
            let schools = Set(accepted.map(\.schoolID))
            try AuditEvent(author: author, action: .ectsImported,
                           recordType: schoolID == nil ? "appropriate_body" : "school", recordID: schoolID,
                           detail: "\(accepted.count) ECTs registered, pending, at \(schools.count) school(s)")
                .record(in: c, at: stamp)
            return .imported(count: accepted.count)
        }
    }

    /// As `RegisterECT` stores a new ECT: the record and its pending induction period.
    private func insert(_ r: ECTRegistration, schoolID: Int, at stamp: String, _ c: Connection) throws {
        let ectID = try RegisterECT.insertECT(r, schoolID: schoolID, at: stamp, c)
        try RegisterECT.insertPendingPeriod(r, ectID: ectID, schoolID: schoolID, at: stamp, c)
    }
}
