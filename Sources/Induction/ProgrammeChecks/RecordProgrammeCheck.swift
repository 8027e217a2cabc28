import SQLite

/// The appropriate body records its check that a school's school-led programme covers the framework
/// in full (issue 10 item 7). One check per school and academic year: recording it again replaces it,
/// and the audit keeps what it said before.
public struct RecordProgrammeCheck: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Returns the check's id.
    @discardableResult
    public func record(_ entry: ProgrammeCheckEntry, schoolID: Int, author: Author) throws -> Int {
        try store.change { c, stamp in
            guard try c.scalarInt("SELECT count(*) FROM schools WHERE id = ?", [schoolID]) ?? 0 > 0 else {
                throw ProgrammeCheckRefusal.noSuchSchool
            }
            guard entry.checkedOn <= store.time.today else { throw ProgrammeCheckRefusal.dateInTheFuture }
            let earlier = try c.queryOne("SELECT checked_on, outcome FROM programme_checks WHERE school_id = ? AND academic_year = ?",
                                         [schoolID, entry.year.startYear])
            try c.run("""
                INSERT INTO programme_checks (school_id, academic_year, checked_on, outcome, notes, follow_up, follow_up_by,
                                              recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (school_id, academic_year) DO UPDATE SET checked_on = excluded.checked_on, outcome = excluded.outcome,
                    notes = excluded.notes, follow_up = excluded.follow_up, follow_up_by = excluded.follow_up_by,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """, [schoolID, entry.year.startYear, entry.checkedOn.iso, entry.outcome.rawValue, entry.notes, entry.followUp,
                      entry.followUpBy?.iso, author.userID, stamp])
            let id = try c.scalarInt("SELECT id FROM programme_checks WHERE school_id = ? AND academic_year = ?",
                                     [schoolID, entry.year.startYear]) ?? 0
            var detail = "Programme check for \(entry.year.label) on \(entry.checkedOn.ukLong): \(entry.outcome.label)"
            if let earlier, let date = CalendarDate(iso: try earlier.string("checked_on")),
               let outcome = ProgrammeCheckOutcome(rawValue: try earlier.string("outcome")) {
                detail += " (replaces the check of \(date.ukLong): \(outcome.label))"
            }
            try AuditEvent(author: author, action: .programmeCheckRecorded, recordType: "school", recordID: schoolID, detail: detail)
                .record(in: c, at: stamp)
            return id
        }
    }
}
