import SQLite

/// The ECT's final formal assessment as the decision needs it: the report, the day its induction
/// completes (the meeting the school recorded, else the calendar's day: `ReportRows.recordedMeetingDate`) and the day the AB
/// received the headteacher's recommendation (the report's submission).
struct FinalAssessment {
    let reportID: Int
    let state: ReportState
    let completedOn: CalendarDate
    let recommendationReceivedOn: CalendarDate
    let recommendation: String

    /// The latest final assessment of the ECT's induction, or nil.
    static func latest(ectID: Int, _ c: Connection) throws -> FinalAssessment? {
        guard let row = try c.queryOne("""
            SELECT r.id, r.state, \(ReportRows.recordedMeetingDate) AS meeting_date, coalesce(r.submitted_at, r.created_at) AS received,
                   coalesce((SELECT value FROM report_fields f WHERE f.report_id = r.id AND f.name = 'recommendation'), '') AS recommendation
            FROM reports r WHERE r.ect_id = ? AND r.kind = 'final-formal-assessment' ORDER BY r.id DESC LIMIT 1
            """, [ectID]) else { return nil }
        guard let state = ReportState(rawValue: try row.string("state")),
              let completed = CalendarDate(iso: try row.string("meeting_date")),
              let received = CalendarDate(iso: String(try row.string("received").prefix(10))) else { return nil }
        return FinalAssessment(reportID: try row.int("id"), state: state, completedOn: completed,
                               recommendationReceivedOn: received, recommendation: try row.string("recommendation"))
    }
}
