import SQLite

/// The ECT's current school records an absence, with an "absence.recorded" audit event, in one
/// transaction. The calendar is worked out before and after, so a year that reaches 30 days
/// (SG 3.6) is emailed and audited too; returns those years. `CorrectAbsence` and
/// `DeleteAbsence` change one already recorded.
public struct RecordAbsence: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func record(_ absence: Absence, ectID: Int, author: Author) throws -> [InductionYear] {
        try store.change { c, stamp in
            guard let record = try ECTRecordLoader().load(ectID: ectID, c) else { throw ECTRecordError.notFound }
            let limits = AbsenceLimits(record: record, today: store.time.today)
            guard record.period != nil, limits.contains(absence) else { throw ECTRecordError.outsidePeriod }
            if let existing = limits.overlap(with: absence) { throw ECTRecordError.overlaps(existing) }
            if limits.endsAheadUnplanned(absence) { throw ECTRecordError.unplannedAbsenceAhead(absence.category) }
            var input = record.calendarInput
            let before = try? TermCalendar.compute(input)
            input.absences.append(absence)
            let after = try? TermCalendar.compute(input)
            try c.run("""
                INSERT INTO absences (ect_id, school_id, start_date, end_date, days, category, ect_chooses_to_extend, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [ectID, record.ect.schoolID, absence.start.iso, absence.end.iso, absence.days, absence.category.rawValue,
                      absence.ectChoosesToExtend ? 1 : 0, stamp])
            try AuditEvent(author: author, action: .absenceRecorded, recordType: "ect", recordID: ectID,
                           detail: absence.auditDescription).record(in: c, at: stamp)
            return try AbsenceThresholdNotice(author: author, stamp: stamp).send(record: record, before: before, after: after, c)
        }
    }
}
