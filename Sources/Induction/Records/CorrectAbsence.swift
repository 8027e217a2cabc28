import SQLite

/// The school that recorded an absence replaces it with a corrected one, with an
/// "absence.corrected" event giving before and after. Returns the years that now reach the 30-day
/// rule (SG 3.6), emailed as for a new absence.
public struct CorrectAbsence: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func correct(absenceID: Int, to corrected: Absence, ectID: Int, author: Author) throws -> [InductionYear] {
        try store.change { c, stamp in
            let (record, stored) = try StoredAbsence.own(absenceID, ectID: ectID, c)
            let limits = AbsenceLimits(record: record, today: store.time.today, correcting: absenceID)
            guard limits.contains(corrected) else { throw ECTRecordError.outsidePeriod }
            if let existing = limits.overlap(with: corrected) { throw ECTRecordError.overlaps(existing) }
            if limits.endsAheadUnplanned(corrected) { throw ECTRecordError.unplannedAbsenceAhead(corrected.category) }
            var input = record.calendarInput
            let before = try? TermCalendar.compute(input)
            input.absences = record.absences.filter { $0.id != absenceID }.map(\.absence) + [corrected]
            let after = try? TermCalendar.compute(input)
            try c.run("""
                UPDATE absences SET start_date = ?, end_date = ?, days = ?, category = ?, ect_chooses_to_extend = ?, updated_at = ?
                WHERE id = ?
                """, [corrected.start.iso, corrected.end.iso, corrected.days, corrected.category.rawValue,
                      corrected.ectChoosesToExtend ? 1 : 0, stamp, absenceID])
            try AuditEvent(author: author, action: .absenceCorrected, recordType: "ect", recordID: ectID,
                           detail: "was \(stored.absence.auditDescription); now \(corrected.auditDescription)").record(in: c, at: stamp)
            return try AbsenceThresholdNotice(author: author, stamp: stamp).send(record: record, before: before, after: after, c)
        }
    }
}
