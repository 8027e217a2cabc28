import SQLite

extension InductionReader {
    /// The reminders `userID` will get from `today` on, the next few of each report they are
    /// reminded about, soonest first; one already sent to them is left out. Three statements however
    /// many reports (issue 12 item 2): who is reminded is `ReminderRecipient.forReport` written as a
    /// condition on each report.
    public func upcomingReminders(userID: Int, from today: CalendarDate, schedule: ReminderSchedule = ReminderSchedule(),
                                  perReport limit: Int = 3) throws -> [UpcomingReminder] {
        try database.read { c in
            guard try c.scalarInt("SELECT count(*) FROM users WHERE id = ? AND active = 1", [userID]) == 1 else { return [] }
            let candidates = try ReminderReport.withSchools(c, where: """
                EXISTS (SELECT 1 FROM staff_assignments a WHERE a.ect_id = r.ect_id AND a.role = 'tutor' AND a.to_date IS NULL
                        AND a.user_id = ?1)
                OR EXISTS (SELECT 1 FROM role_grants g WHERE g.role = 'induction_lead' AND g.school_id = r.school_id AND g.user_id = ?1)
                OR EXISTS (SELECT 1 FROM role_grants g WHERE g.role = 'ect' AND g.ect_id = r.ect_id AND g.user_id = ?1)
                OR (r.kind <> '\(DueItemKind.progressReview.rawValue)' AND EXISTS (
                    SELECT 1 FROM role_grants g WHERE g.role = 'headteacher' AND g.school_id = r.school_id AND g.user_id = ?1))
                """, [userID])
            var sent: [Int: Set<String>] = [:]
            for row in try c.query("SELECT report_id, stage, occurs_on FROM report_reminders WHERE user_id = ?", [userID]) {
                sent[try row.int("report_id"), default: []].insert("\(try row.string("stage")) \(try row.string("occurs_on"))")
            }
            var result: [UpcomingReminder] = []
            for report in candidates {
                let coming = schedule.upcoming(dueOn: report.dueDate, state: report.state, from: today, limit: limit + 1)
                    .filter { !(sent[report.id] ?? []).contains("\($0.stage.rawValue) \($0.occursOn.iso)") }.prefix(limit)
                result += coming.map {
                    UpcomingReminder(reportID: report.id, reportTitle: report.title, dueDate: report.dueDate, stage: $0.stage,
                                     sendOn: $0.sendOn)
                }
            }
            return result.sorted { ($0.sendOn, $0.reportID) < ($1.sendOn, $1.reportID) }
        }
    }
}
