import SQLite

/// The daily reminders run (issue 11 item 7): for each report still with its school, the reminder
/// the schedule says is due today is queued for each of its people who has not had it. Each one is
/// recorded in `report_reminders`, whose UNIQUE key refuses a second copy, in the same transaction
/// as its email, so a restart in the middle of a day, a second run or a crash never sends it twice.
public struct SendDueReminders: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public static let author = Author.system("induct reminders")

    /// Runs for `today` (by default the London day of the store's clock) and returns how many
    /// reminders were queued.
    @discardableResult
    public func send(on today: CalendarDate? = nil, schedule: ReminderSchedule = ReminderSchedule(), author: Author) throws -> Int {
        let day = today ?? ReminderTime.standard.day(of: store.time.now())
        return try store.change { c, stamp in
            var sent = 0
            for report in try ReminderReport.withSchools(c) {
                guard let occurrence = schedule.due(dueOn: report.dueDate, state: report.state, today: day) else { continue }
                for person in try ReminderRecipient.forReport(ectID: report.ectID, schoolID: report.schoolID, kind: report.kind, c) {
                    let already = try c.scalarInt(
                        "SELECT count(*) FROM report_reminders WHERE report_id = ? AND stage = ? AND occurs_on = ? AND user_id = ?",
                        [report.id, occurrence.stage.rawValue, occurrence.occursOn.iso, person.userID]) ?? 0
                    guard already == 0 else { continue }
                    let messageID = try email(occurrence, report, to: person).enqueue(in: c, at: stamp)
                    try c.run("""
                        INSERT INTO report_reminders (report_id, stage, occurs_on, sent_on, user_id, outbox_message_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, [report.id, occurrence.stage.rawValue, occurrence.occursOn.iso, day.iso, person.userID, messageID, stamp])
                    sent += 1
                }
            }
            try c.run("""
                INSERT INTO reminder_runs (run_on, reminders_sent, ran_at) VALUES (?, ?, ?)
                ON CONFLICT (run_on) DO UPDATE SET reminders_sent = reminders_sent + excluded.reminders_sent, ran_at = excluded.ran_at
                """, [day.iso, sent, stamp])
            try AuditEvent(author: author, action: .remindersSent, recordType: "reminder_run", recordID: nil,
                           detail: "\(sent) \(sent == 1 ? "reminder" : "reminders") sent for \(day.ukLong)").record(in: c, at: stamp)
            return sent
        }
    }

    func email(_ occurrence: ReminderOccurrence, _ report: ReminderReport, to person: ReminderRecipient) -> OutgoingEmail {
        let due = report.dueDate.ukLong
        let (subject, lead): (String, String) = switch occurrence.stage {
        case .weekBefore: ("A report is due in a week", "This report is due on \(due), in a week’s time.")
        case .dayBefore: ("A report is due tomorrow", "This report is due tomorrow, \(due).")
        case .dueDay: ("A report is due today", "This report is due today, \(due).")
        case .overdue: ("A report is overdue", "This report was due on \(due) and has not reached the appropriate body.")
        case .weeklyOverdue: ("A report is still overdue", "This report was due on \(due) and has still not reached the appropriate body.")
        }
        return OutgoingEmail(recipient: person.email, subject: subject, body: """
            Dear \(person.name),

            \(lead)

            \(report.title):
            \(store.baseURL)/reports/\(report.id)

            You can see which reminders you will get at \(store.baseURL)/account/reminders.
            This email was sent by Induct for your appropriate body.
            """)
    }
}
