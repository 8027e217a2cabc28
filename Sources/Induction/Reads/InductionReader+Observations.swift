import SQLite

extension InductionReader {
    /// Issue 11 item 2: the ECT's lesson observations and mentor meetings, newest first.
    public func observations(ectID: Int) throws -> ECTObservations {
        try database.read { c in try ObservationRows.ect(ectID, since: nil, c) }
    }

    /// What a report can draw on: the observations and meetings since the meeting date of the ECT's
    /// previous report; nil when there is no such report.
    public func observationEvidence(reportID: Int) throws -> ObservationEvidence? {
        try database.read { c in
            guard let report = try c.queryOne("SELECT ect_id, meeting_date FROM reports WHERE id = ?", [reportID]) else { return nil }
            let ectID = try report.int("ect_id")
            let previous = try c.queryOne("SELECT max(meeting_date) AS date FROM reports WHERE ect_id = ? AND meeting_date < ?",
                                          [ectID, try report.string("meeting_date")])?.optionalString("date").flatMap(CalendarDate.init(iso:))
            return ObservationEvidence(since: previous, items: try ObservationRows.ect(ectID, since: previous, c))
        }
    }

    /// Whether this person records lesson observations for this ECT: their tutor, or the headteacher or
    /// induction lead of the ECT's school.
    public func mayRecordObservation(ectID: Int, userID: Int?, today: CalendarDate) throws -> Bool {
        try database.read { c in
            guard let schoolID = try c.scalarInt("SELECT school_id FROM ects WHERE id = ?", [ectID]) else { return false }
            return try ObservationRights.mayObserve(userID: userID, ectID: ectID, schoolID: schoolID, today: today, c)
        }
    }

    /// Whether this person is the ECT's current mentor, who logs the mentor meetings.
    public func mayLogMentorMeeting(ectID: Int, userID: Int?, today: CalendarDate) throws -> Bool {
        try database.read { c in
            guard let schoolID = try c.scalarInt("SELECT school_id FROM ects WHERE id = ?", [ectID]) else { return false }
            return try ObservationRights.mayLogMeeting(userID: userID, ectID: ectID, schoolID: schoolID, today: today, c)
        }
    }
}
