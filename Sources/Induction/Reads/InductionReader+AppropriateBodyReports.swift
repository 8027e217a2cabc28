import SQLite

extension InductionReader {
    /// The AB's QA queue: the reports `filter` picks, oldest submitted first, one page of them
    /// (`window` turns the total into limit and offset), and the most recently decided. The total and
    /// the page are each kept by `cachedRead` until the next change, so a view after a change reads
    /// both again.
    public func appropriateBodyReportQueue(_ filter: ReportQueueFilter = ReportQueueFilter(), recentLimit: Int = 20,
                                           window: (_ total: Int) -> (limit: Int, offset: Int) = { _ in (1000, 0) })
        throws -> AppropriateBodyReportQueue {
        let (clause, bindings) = filter.clause
        let key = filter.cacheKey
        // The total counts every report the filter picks (19,000 submitted at 100,000 ECTs).
        let total = try cachedRead("qa total \(key)") { c in try c.scalarInt("SELECT count(*) FROM reports r" + clause, bindings) ?? 0 }
        let (limit, offset) = window(total)
        return try cachedRead("qa page \(limit) \(offset) \(recentLimit) \(key)") { c in
            let awaiting = try c.query(ABReportRows.select() + clause + " ORDER BY r.submitted_at, r.due_date, r.id LIMIT ? OFFSET ?",
                                       bindings + [limit, offset])
            // likely(): most reports are decided, so SQLite walks Migration025's reports_recently_decided
            // newest first and stops at the limit instead of sorting every decided report.
            let decided = try c.query(ABReportRows.select()
                                      + " WHERE likely(r.state IN ('returned', 'accepted')) ORDER BY r.decided_at DESC, r.id DESC LIMIT ?",
                                      [recentLimit])
            let school = try filter.schoolURN.flatMap { urn in
                try c.queryOne("SELECT id, name FROM schools WHERE urn = ?", [urn]).map { SchoolChoice(id: try $0.int("id"), name: try $0.string("name")) }
            }
            return AppropriateBodyReportQueue(awaitingDecision: try awaiting.map(ABReportRows.row), total: total,
                                              recentlyDecided: try decided.map(ABReportRows.row), school: school)
        }
    }

    /// The dashboard's lists of reports still with schools: those returned, or those past their due
    /// date (issue 10 item 1), oldest due first; one page of them (`window` turns the total into
    /// limit and offset, issue 12 item 2).
    public func reportsWithSchools(_ list: SchoolReportList, today: CalendarDate,
                                   window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> PagedList<AppropriateBodyReportRow> {
        try database.read { c in
            let (condition, bindings): (String, [any SQLBindable]) = switch list {
            case .overdue: ("r.state IN ('draft', 'shared', 'awaiting-signatures', 'returned') AND r.due_date < ?", [today.iso])
            case .returned: ("r.state = 'returned'", [])
            case .dueThisTerm:
                try { let term = try TermDatesStore().load(c).term(onOrAfter: today)
                      return ("r.due_date BETWEEN ? AND ?", [term.start.iso, term.end.iso]) }()
            }
            let total = try c.scalarInt("SELECT count(*) FROM reports r WHERE \(condition)", bindings) ?? 0
            let (limit, offset) = window(total)
            return PagedList(total: total, items: try c.query(ABReportRows.select() + " WHERE \(condition) ORDER BY r.due_date, r.id LIMIT ? OFFSET ?",
                                                              bindings + [limit, offset]).map(ABReportRows.row))
        }
    }

    /// The AB's at-risk list (SG 4.1–4.5): each open entry, oldest first, with the report that put the
    /// ECT on it (or kept them there) and its support plan; one page of them (`window` turns the
    /// total into limit and offset, issue 12 item 2).
    public func atRiskList(window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> PagedList<AtRiskEntry> {
        try database.read { c in
            let total = try c.scalarInt("SELECT count(*) FROM at_risk_entries WHERE left_at IS NULL") ?? 0
            let (limit, offset) = window(total)
            let plan = "COALESCE((SELECT value FROM report_fields f WHERE f.report_id = r.id AND f.name = 'support-plan'), '') AS support_plan"
            return PagedList(total: total, items: try c.query(
                ABReportRows.select(extra: "a.joined_at, " + plan, join: "JOIN at_risk_entries a ON a.report_id = r.id")
                    + " WHERE a.left_at IS NULL ORDER BY a.joined_at, a.id LIMIT ? OFFSET ?", [limit, offset]).map { row in
                let report = try ABReportRows.row(row)
                return AtRiskEntry(ectID: report.ectID, ectName: report.ectName, schoolName: report.schoolName,
                                   joinedAt: try row.string("joined_at"), report: report, supportPlan: try row.string("support_plan"))
            })
        }
    }
}

/// The shared columns of the AB's report lists.
enum ABReportRows {
    static func select(extra: String = "", join: String = "") -> String {
        """
        SELECT r.id, r.ect_id, e.first_name, e.last_name, s.name AS school_name, r.kind, r.term_number, r.state, r.due_date,
               r.submitted_at, r.decided_at\(extra.isEmpty ? "" : ", " + extra)
        FROM reports r JOIN ects e ON e.id = r.ect_id JOIN schools s ON s.id = r.school_id \(join)
        """
    }

    static func row(_ row: Row) throws -> AppropriateBodyReportRow {
        let id = try row.int("id")
        guard let kind = DueItemKind(rawValue: try row.string("kind")), let state = ReportState(rawValue: try row.string("state")),
              let due = CalendarDate(iso: try row.string("due_date"))
        else { throw RecordDecodingError(table: "reports", column: "kind", id: id) }
        return AppropriateBodyReportRow(
            reportID: id, ectID: try row.int("ect_id"), ectName: "\(try row.string("first_name")) \(try row.string("last_name"))",
            schoolName: try row.string("school_name"), kind: kind, termNumber: try row.int("term_number"), state: state, dueDate: due,
            submittedAt: try row.optionalString("submitted_at"), decidedAt: try row.optionalString("decided_at"))
    }
}
