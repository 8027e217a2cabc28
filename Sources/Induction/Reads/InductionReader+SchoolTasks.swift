import SQLite

extension InductionReader {
    /// Issue 11 item 1: the task list at the top of a school home, for `userID` acting as `role` at
    /// `schoolID`, in one read.
    public func schoolTasks(schoolID: Int, userID: Int, role: Role, today: CalendarDate) throws -> SchoolTaskList {
        // Cached until the next change (`cachedRead`): the terms' calendars are most of this read.
        try cachedRead("school tasks \(schoolID) \(userID) \(role.rawValue) \(today.iso)") { c in
            var tasks = SchoolTaskList()
            let live = "('shared', 'awaiting-signatures')"
            switch role {
            case .inductionTutor, .headteacher:
                tasks.nextSteps = try SchoolTaskRows.nextSteps(tutorID: userID, schoolID: schoolID, today: today, c)
                let signer = role == .headteacher ? "headteacher" : "tutor"
                // The tutor's own ECTs only; the user id is bound, so one cached statement serves every tutor.
                let kinds = role == .headteacher ? "AND r.kind <> 'progress-review' AND ? IS NOT NULL" : """
                    AND EXISTS (SELECT 1 FROM staff_assignments a WHERE a.ect_id = r.ect_id AND a.school_id = r.school_id
                                AND a.user_id = ? AND a.role = 'tutor' AND a.to_date IS NULL)
                    """
                tasks.awaitingMySignature = try c.query(ABReportRows.select() + """
                     WHERE r.school_id = ? AND r.state IN \(live) \(kinds) AND NOT EXISTS (
                        SELECT 1 FROM report_signatures g WHERE g.report_id = r.id AND g.role = ? AND g.cleared_at IS NULL)
                     ORDER BY r.due_date, r.id
                    """, [schoolID, userID, signer]).map(ABReportRows.row)
                if role == .headteacher {
                    tasks.recommendationsDue = try c.query(ABReportRows.select() + """
                         WHERE r.school_id = ? AND r.kind = 'final-formal-assessment' AND r.state NOT IN ('submitted', 'accepted')
                         ORDER BY r.due_date, r.id
                        """, [schoolID]).map(ABReportRows.row)
                    tasks.atRisk = try SchoolTaskRows.atRisk(schoolID: schoolID, c)
                }
            case .inductionLead:
                tasks.atRisk = try SchoolTaskRows.atRisk(schoolID: schoolID, c)
                tasks.staffWithoutAccounts = try SchoolTaskRows.staffWithoutAccounts(schoolID: schoolID, c)
            case .mentor:
                tasks.menteeReports = try c.query(ABReportRows.select() + """
                     WHERE r.school_id = ? AND r.state <> 'draft' AND EXISTS (
                        SELECT 1 FROM staff_assignments a WHERE a.ect_id = r.ect_id AND a.school_id = r.school_id
                        AND a.user_id = ? AND a.role = 'mentor' AND a.to_date IS NULL)
                     ORDER BY r.due_date DESC, r.id DESC
                    """, [schoolID, userID]).map(ABReportRows.row)
            default:
                break
            }
            return tasks
        }
    }
}
