import SQLite

/// The ECT's current mentor logs a mentor meeting (issue 11 item 2); the tutor and the ECT read it.
/// The same meeting sent twice (a double-click) is stored once.
public struct RecordMentorMeeting: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The meeting's id: the one already stored when it is the same meeting again.
    @discardableResult
    public func record(_ entry: MentorMeetingEntry, ectID: Int, author: Author) throws -> Int {
        try store.change { c, stamp in
            guard let ect = try c.queryOne("SELECT school_id, induction_start_date FROM ects WHERE id = ?", [ectID]),
                  let start = CalendarDate(iso: try ect.string("induction_start_date")) else { throw ObservationRefusal.noSuchECT }
            let schoolID = try ect.int("school_id")
            let today = store.time.today
            guard let mentorID = author.userID,
                  try ObservationRights.mayLogMeeting(userID: mentorID, ectID: ectID, schoolID: schoolID, today: today, c) else {
                throw ObservationRefusal.notTheirMentor
            }
            guard entry.metOn <= today else { throw ObservationRefusal.dateInTheFuture }
            guard entry.metOn >= start else { throw ObservationRefusal.beforeInduction(start) }
            let sameSQL = "SELECT id FROM mentor_meetings WHERE ect_id = ? AND met_on = ? AND mentor_user_id = ? AND focus = ? AND next_step = ?"
            if let existing = try c.scalarInt(sameSQL, [ectID, entry.metOn.iso, mentorID, entry.focus, entry.nextStep]) { return existing }
            try c.run("""
                INSERT INTO mentor_meetings (ect_id, school_id, met_on, mentor_user_id, focus, next_step, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [ectID, schoolID, entry.metOn.iso, mentorID, entry.focus, entry.nextStep, mentorID, stamp])
            let id = Int(c.lastInsertRowID)
            try AuditEvent(author: author, action: .mentorMeetingRecorded, recordType: "ect", recordID: ectID,
                           detail: "Mentor meeting on \(entry.metOn.ukLong): \(entry.focus)")
                .record(in: c, at: stamp)
            return id
        }
    }
}
