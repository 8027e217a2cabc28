import SQLite

/// The appropriate body chases a school for its overdue reports (issue 11 item 7): one email to each
/// of the school's induction leads and headteachers listing that school's overdue reports only.
public struct ChaseOverdueReports: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public enum Outcome: Sendable, Equatable {
        case chased(reports: Int, people: Int)
        case nothingOverdue
        case nobodyToTell
        case noSuchSchool
    }

    public func chase(schoolID: Int, author: Author) throws -> Outcome {
        let today = ReminderTime.standard.day(of: store.time.now())
        return try store.change { c, stamp in
            guard let school = try c.queryOne("SELECT name FROM schools WHERE id = ?", [schoolID]) else { return .noSuchSchool }
            let overdue = try ReminderReport.withSchools(c, where: "r.school_id = ? AND r.due_date < ?", [schoolID, today.iso])
            guard !overdue.isEmpty else { return .nothingOverdue }
            let people = try ReminderRecipient.schoolLeaders(schoolID: schoolID, c)
            guard !people.isEmpty else { return .nobodyToTell }
            let list = overdue.map { "- \($0.title), due \($0.dueDate.ukLong): \(store.baseURL)/reports/\($0.id)" }
                .joined(separator: "\n")
            for person in people {
                try OutgoingEmail(recipient: person.email, subject: "Overdue reports at \(try school.string("name"))", body: """
                    Dear \(person.name),

                    The appropriate body is still waiting for these reports:

                    \(list)

                    Please complete and submit them as soon as you can.
                    This email was sent by Induct for your appropriate body.
                    """).enqueue(in: c, at: stamp)
            }
            try c.run("INSERT INTO report_chases (school_id, report_count, chased_by, chased_at) VALUES (?, ?, ?, ?)",
                      [schoolID, overdue.count, author.userID, stamp])
            try AuditEvent(author: author, action: .overdueReportsChased, recordType: "school", recordID: schoolID,
                           detail: "\(overdue.count) overdue \(overdue.count == 1 ? "report" : "reports") chased with \(people.count) "
                               + (people.count == 1 ? "person" : "people")).record(in: c, at: stamp)
            return .chased(reports: overdue.count, people: people.count)
        }
    }
}
