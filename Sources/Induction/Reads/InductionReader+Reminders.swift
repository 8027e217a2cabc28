import SQLite

extension InductionReader {
    /// The reminders `userID` will get from `today` on, the next few of each report they are
    /// reminded about, soonest first; one already sent to them is left out.
    public func upcomingReminders(userID: Int, from today: CalendarDate, schedule: ReminderSchedule = ReminderSchedule(),
                                  perReport limit: Int = 3) throws -> [UpcomingReminder] {
        try database.read { c in
            let candidates = try ReminderReport.withSchools(c, where: """
                r.school_id IN (SELECT school_id FROM role_grants WHERE user_id = ? AND school_id IS NOT NULL)
                OR r.ect_id IN (SELECT ect_id FROM role_grants WHERE user_id = ? AND ect_id IS NOT NULL)
                OR r.ect_id IN (SELECT ect_id FROM staff_assignments WHERE user_id = ? AND to_date IS NULL)
                """, [userID, userID, userID])
            var result: [UpcomingReminder] = []
            for report in candidates {
                let people = try ReminderRecipient.forReport(ectID: report.ectID, schoolID: report.schoolID, kind: report.kind, c)
                guard people.contains(where: { $0.userID == userID }) else { continue }
                let sent = Set(try c.query("SELECT stage, occurs_on FROM report_reminders WHERE report_id = ? AND user_id = ?",
                                           [report.id, userID]).map { "\(try $0.string("stage")) \(try $0.string("occurs_on"))" })
                let coming = schedule.upcoming(dueOn: report.dueDate, state: report.state, from: today, limit: limit + 1)
                    .filter { !sent.contains("\($0.stage.rawValue) \($0.occursOn.iso)") }.prefix(limit)
                result += coming.map {
                    UpcomingReminder(reportID: report.id, reportTitle: report.title, dueDate: report.dueDate, stage: $0.stage,
                                     sendOn: $0.sendOn)
                }
            }
            return result.sorted { ($0.sendOn, $0.reportID) < ($1.sendOn, $1.reportID) }
        }
    }
}
