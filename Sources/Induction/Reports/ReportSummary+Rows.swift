import SQLite

extension ReportSummary {
    /// Every report of the ECT's, by period then term: one statement, for the record page (the
    /// current period's on the timeline, a transfer's earlier ones beside it, SG 2.62).
    static func load(ectID: Int, _ c: Connection) throws -> [ReportSummary] {
        try c.query("""
            SELECT r.id, r.ect_id, r.induction_period_id, r.school_id, r.kind, r.term_number, r.state, r.due_date, r.earliest_submission,
                   r.submitted_at
            FROM reports r JOIN induction_periods p ON p.id = r.induction_period_id
            WHERE r.ect_id = ? ORDER BY p.start_date, r.term_number, r.id
            """, [ectID]).map(ReportSummary.init(row:))
    }

    /// Every report of the ECTs that `ids` (a `SELECT` of ECT ids) gives, each ECT's in the order of
    /// `load(ectID:)`: one statement for many ECTs.
    static func load(ectIDs ids: String, _ bindings: [any SQLBindable], _ c: Connection) throws -> [ReportSummary] {
        try c.query("""
            SELECT r.id, r.ect_id, r.induction_period_id, r.school_id, r.kind, r.term_number, r.state, r.due_date, r.earliest_submission,
                   r.submitted_at
            FROM reports r JOIN induction_periods p ON p.id = r.induction_period_id
            WHERE r.ect_id IN (\(ids)) ORDER BY r.ect_id, p.start_date, r.term_number, r.id
            """, bindings).map(ReportSummary.init(row:))
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
        periodID = try row.int("induction_period_id")
        schoolID = try row.int("school_id")
        self.kind = kind
        termNumber = try row.int("term_number")
        self.state = state
        dueDate = due
        earliestSubmission = earliest
        submittedAt = try row.optionalString("submitted_at")
    }
}
