import SQLite

/// `induct demo`, issue 11 item 2: each demo ECT in induction gets lesson observations by their tutor
/// and mentor meetings logged by their mentor, through the real verbs. Every other ECT's latest
/// observation is more than a half term old, so the record's hint shows. Run after `SeedDemoReports`.
/// Idempotent: an ECT with any observation or meeting is left as it is.
public struct SeedDemoObservations: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    static let focuses = ["Questioning to check understanding", "Managing transitions between activities",
                          "Adapting the lesson for pupils with SEND", "Modelling and worked examples"]

    /// How many observations and meetings it recorded (0 on a second run).
    @discardableResult
    public func seed() throws -> Int {
        let today = store.time.today
        var made = 0
        for (ordinal, (ectID, start, tutor, mentor)) in try casts().enumerated() {
            let focus = Self.focuses[ordinal % Self.focuses.count]
            let observed = ordinal % 2 == 0 ? [today.adding(days: -12), today.adding(days: -63)] : [today.adding(days: -63)]
            for (index, date) in observed.enumerated() where date >= start {
                try RecordObservation(store: store).record(ObservationEntry(
                    observedOn: date, observerName: tutor.name, observerHoldsQTS: true, focus: index == 0 ? focus : "Behaviour routines",
                    feedback: "Clear routines and a calm start. Pupils knew what to do; check understanding before moving on.",
                    developmentNeeds: "Plan two hinge questions for each lesson."), ectID: ectID, author: tutor)
                made += 1
            }
            for (index, date) in [today.adding(days: -5), today.adding(days: -19)].enumerated() where date >= start {
                try RecordMentorMeeting(store: store).record(MentorMeetingEntry(
                    metOn: date, focus: index == 0 ? "Reviewing the observation feedback" : "Planning the next unit",
                    nextStep: index == 0 ? "Try cold calling in two lessons and bring examples" : "Share the unit plan by Friday"),
                    ectID: ectID, author: mentor)
                made += 1
            }
        }
        return made
    }

    /// Each demo ECT in induction with no observations or meetings yet, with their current tutor and mentor.
    private func casts() throws -> [(Int, CalendarDate, Author, Author)] {
        let today = store.time.today
        return try store.database.read { c in
            try DemoData.schools.flatMap(\.ects).compactMap { demoECT -> (Int, CalendarDate, Author, Author)? in
                guard let row = try c.queryOne("SELECT id, induction_start_date FROM ects WHERE trn = ?", [demoECT.trn]),
                      let start = CalendarDate(iso: try row.string("induction_start_date")), start <= today else { return nil }
                let ectID = try row.int("id")
                let recorded = try c.scalarInt("""
                    SELECT (SELECT count(*) FROM lesson_observations WHERE ect_id = ?) + (SELECT count(*) FROM mentor_meetings WHERE ect_id = ?)
                    """, [ectID, ectID]) ?? 0
                guard recorded == 0, let tutor = try person(.tutor, ectID, as: .inductionTutor, c),
                      let mentor = try person(.mentor, ectID, as: .mentor, c) else { return nil }
                return (ectID, start, tutor, mentor)
            }
        }
    }

    private func person(_ role: AssignmentRole, _ ectID: Int, as acting: Role, _ c: Connection) throws -> Author? {
        guard let row = try c.queryOne("""
            SELECT u.id, u.name FROM staff_assignments a JOIN users u ON u.id = a.user_id
            WHERE a.ect_id = ? AND a.role = ? AND a.to_date IS NULL AND u.active = 1 ORDER BY a.id DESC LIMIT 1
            """, [ectID, role.rawValue]) else { return nil }
        return Author(userID: try row.int("id"), name: try row.string("name"), role: acting, clientAddress: "")
    }
}
