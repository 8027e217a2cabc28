import SQLite

/// The ECT's tutor, or the headteacher or induction lead of the ECT's school, records a lesson
/// observation (issue 11 item 2). The observer may be someone else at the school, who must hold QTS.
/// The same observation sent twice (a double-click) is stored once.
public struct RecordObservation: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The observation's id: the one already stored when it is the same observation again.
    @discardableResult
    public func record(_ entry: ObservationEntry, ectID: Int, author: Author) throws -> Int {
        try store.change { c, stamp in
            guard let ect = try c.queryOne("SELECT school_id, induction_start_date FROM ects WHERE id = ?", [ectID]),
                  let start = CalendarDate(iso: try ect.string("induction_start_date")) else { throw ObservationRefusal.noSuchECT }
            let schoolID = try ect.int("school_id")
            let today = store.time.today
            guard try ObservationRights.mayObserve(userID: author.userID, ectID: ectID, schoolID: schoolID, today: today, c) else {
                throw ObservationRefusal.notTheirTutor
            }
            guard entry.observerHoldsQTS else { throw ObservationRefusal.observerWithoutQTS }
            guard entry.observedOn <= today else { throw ObservationRefusal.dateInTheFuture }
            guard entry.observedOn >= start else { throw ObservationRefusal.beforeInduction(start) }
            let same: [any SQLBindable] = [ectID, entry.observedOn.iso, entry.observerName, entry.focus, entry.feedback]
            let sameSQL = "SELECT id FROM lesson_observations WHERE ect_id = ? AND observed_on = ? AND observer_name = ? AND focus = ? AND feedback = ?"
            if let existing = try c.scalarInt(sameSQL, same) { return existing }
            // The observer's account is kept when the person recording it observed the lesson.
            let observerIsAuthor = entry.observerName.lowercased() == author.name.trimmingCharacters(in: .whitespaces).lowercased()
            try c.run("""
                INSERT INTO lesson_observations (ect_id, school_id, observed_on, observer_name, observer_user_id, observer_holds_qts,
                                                 focus, feedback, development_needs, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
                """, [ectID, schoolID, entry.observedOn.iso, entry.observerName, observerIsAuthor ? author.userID : nil, entry.focus,
                      entry.feedback, entry.developmentNeeds, author.userID, stamp])
            let id = Int(c.lastInsertRowID)
            try AuditEvent(author: author, action: .lessonObservationRecorded, recordType: "ect", recordID: ectID,
                           detail: "Lesson observation on \(entry.observedOn.ukLong) by \(entry.observerName): \(entry.focus)")
                .record(in: c, at: stamp)
            return id
        }
    }
}
