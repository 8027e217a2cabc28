import SQLite

extension ReportSummary {
    /// The ECT's reports in one induction period, by term: one statement, for the record page's timeline.
    static func load(ectID: Int, periodID: Int, _ c: Connection) throws -> [ReportSummary] {
        try c.query("""
            SELECT id, ect_id, kind, term_number, state, due_date, earliest_submission, submitted_at FROM reports
            WHERE ect_id = ? AND induction_period_id = ? ORDER BY term_number, id
            """, [ectID, periodID]).map(ReportSummary.init(row:))
    }

    init(row: Row) throws {
        let id = try row.int("id")
        guard let kind = DueItemKind(rawValue: try row.string("kind")) else {
            throw RecordDecodingError(table: "reports", column: "kind", id: id)
        }
        guard let state = ReportState(rawValue: try row.string("state")) else {
            throw RecordDecodingError(table: "reports", column: "state", id: id)
        }
        guard let due = CalendarDate(iso: try row.string("due_date")), let earliest = CalendarDate(iso: try row.string("earliest_submission"))
        else { throw RecordDecodingError(table: "reports", column: "due_date", id: id) }
        self.id = id
        ectID = try row.int("ect_id")
        self.kind = kind
        termNumber = try row.int("term_number")
        self.state = state
        dueDate = due
        earliestSubmission = earliest
        submittedAt = try row.optionalString("submitted_at")
    }
}
