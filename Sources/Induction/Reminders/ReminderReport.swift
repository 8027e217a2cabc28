import SQLite

/// The little of a report its reminders need, read from the `reports` row and its ECT.
struct ReminderReport: Sendable {
    let id: Int
    let ectID: Int
    let schoolID: Int
    let kind: DueItemKind
    let termNumber: Int
    let dueDate: CalendarDate
    let state: ReportState
    let ectName: String

    static let selection = """
        SELECT r.id, r.ect_id, r.school_id, r.kind, r.term_number, r.due_date, r.state,
               e.first_name || ' ' || e.last_name AS ect_name
        FROM reports r JOIN ects e ON e.id = r.ect_id
        """

    /// The reports still with their schools (none submitted or accepted), oldest due first.
    static func withSchools(_ c: Connection, where condition: String = "1", _ bindings: [any SQLBindable] = []) throws
        -> [ReminderReport] {
        try c.query(selection + " WHERE r.state NOT IN ('submitted', 'accepted') AND (\(condition)) ORDER BY r.due_date, r.id",
                    bindings).map(ReminderReport.init(row:))
    }

    init(row: Row) throws {
        id = try row.int("id")
        guard let kind = DueItemKind(rawValue: try row.string("kind")) else {
            throw RecordDecodingError(table: "reports", column: "kind", id: id)
        }
        guard let state = ReportState(rawValue: try row.string("state")) else {
            throw RecordDecodingError(table: "reports", column: "state", id: id)
        }
        guard let due = CalendarDate(iso: try row.string("due_date")) else {
            throw RecordDecodingError(table: "reports", column: "due_date", id: id)
        }
        ectID = try row.int("ect_id")
        schoolID = try row.int("school_id")
        self.kind = kind
        termNumber = try row.int("term_number")
        dueDate = due
        self.state = state
        ectName = try row.string("ect_name")
    }

    var title: String { "\(kind.label), term \(termNumber), for \(ectName)" }
}
