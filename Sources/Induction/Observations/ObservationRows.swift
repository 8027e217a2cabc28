import SQLite

/// The SQL the observation reads share.
enum ObservationRows {
    static let observations = """
        SELECT o.id, o.ect_id, o.observed_on, o.observer_name, o.focus, o.feedback, o.development_needs,
               COALESCE(u.name, 'Induct') AS recorded_by
        FROM lesson_observations o LEFT JOIN users u ON u.id = o.recorded_by
        """

    static let meetings = """
        SELECT m.id, m.ect_id, m.met_on, u.name AS mentor_name, m.focus, m.next_step
        FROM mentor_meetings m JOIN users u ON u.id = m.mentor_user_id
        """

    static func observation(_ row: Row) throws -> LessonObservation {
        guard let date = CalendarDate(iso: try row.string("observed_on")) else {
            throw RecordDecodingError(table: "lesson_observations", column: "observed_on", id: try row.int("id"))
        }
        return LessonObservation(id: try row.int("id"), ectID: try row.int("ect_id"), observedOn: date,
                                 observerName: try row.string("observer_name"), focus: try row.string("focus"),
                                 feedback: try row.string("feedback"), developmentNeeds: try row.string("development_needs"),
                                 recordedBy: try row.string("recorded_by"))
    }

    static func meeting(_ row: Row) throws -> MentorMeeting {
        guard let date = CalendarDate(iso: try row.string("met_on")) else {
            throw RecordDecodingError(table: "mentor_meetings", column: "met_on", id: try row.int("id"))
        }
        return MentorMeeting(id: try row.int("id"), ectID: try row.int("ect_id"), metOn: date, mentorName: try row.string("mentor_name"),
                             focus: try row.string("focus"), nextStep: try row.string("next_step"))
    }

    /// The ECT's observations and meetings dated after `since` (all when nil), newest first.
    static func ect(_ ectID: Int, since: CalendarDate?, _ c: Connection) throws -> ECTObservations {
        let after = since?.iso ?? "0000-00-00"
        return ECTObservations(
            observations: try c.query(observations + " WHERE o.ect_id = ? AND o.observed_on > ? ORDER BY o.observed_on DESC, o.id DESC",
                                      [ectID, after]).map(observation),
            meetings: try c.query(meetings + " WHERE m.ect_id = ? AND m.met_on > ? ORDER BY m.met_on DESC, m.id DESC",
                                  [ectID, after]).map(meeting))
    }
}
