import SQLite

/// The school records a change of working pattern from a date, with an "ect.working_pattern_changed"
/// audit event giving before and after, in one transaction. The schema refuses a second change on one day.
public struct ChangeWorkingPattern: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func change(_ change: FTEChange, ectID: Int, author: Author) throws {
        try store.change { c, stamp in
            guard let record = try ECTRecordLoader().load(ectID: ectID, c) else { throw ECTRecordError.notFound }
            let before = record.calendarInput.fte(on: change.effective)
            try c.run("INSERT INTO fte_changes (ect_id, effective_date, fte_percent, created_at) VALUES (?, ?, ?, ?)",
                      [ectID, change.effective.iso, change.fte.percent, stamp])
            try AuditEvent(author: author, action: .ectWorkingPatternChanged, recordType: "ect", recordID: ectID,
                           detail: "from \(before.decimal) FTE to \(change.fte.decimal) FTE from \(change.effective.ukLong)")
                .record(in: c, at: stamp)
        }
    }
}
