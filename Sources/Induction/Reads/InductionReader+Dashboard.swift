import SQLite

extension InductionReader {
    /// Issue 10 item 1: every figure from one snapshot. "Overdue" is a report still with the school
    /// (draft, shared, awaiting signatures, returned) after its due date.
    /// Kept until the next change to the database (`cachedRead`): every officer's refresh in a
    /// deadline week would otherwise count the whole appropriate body again.
    public func appropriateBodyDashboard(today: CalendarDate, sort: DashboardSchool.Sort = .overdue) throws -> AppropriateBodyDashboard {
        try cachedRead("dashboard \(today.iso) \(sort.rawValue)") { c in
            let withSchool = "('draft', 'shared', 'awaiting-signatures', 'returned')"
            let open = "SELECT DISTINCT ect_id FROM induction_periods WHERE status = 'confirmed' AND end_date IS NULL"
            func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int { try c.scalarInt(sql, bindings) ?? 0 }
            let order = switch sort {
            case .name: "s.name"
            case .overdue: "overdue DESC, awaiting_qa DESC, s.name"
            case .awaitingQA: "awaiting_qa DESC, overdue DESC, s.name"
            case .ects: "ects DESC, s.name"
            }
            let schools = try c.query("""
                SELECT s.id, s.name, s.urn,
                  (SELECT count(*) FROM ects e WHERE e.school_id = s.id AND EXISTS (SELECT 1 FROM induction_periods p
                     WHERE p.ect_id = e.id AND p.status = 'confirmed' AND p.end_date IS NULL)) AS ects,
                  (SELECT count(*) FROM reports r WHERE r.school_id = s.id AND r.state = 'submitted') AS awaiting_qa,
                  (SELECT count(*) FROM reports r WHERE r.school_id = s.id AND r.state IN \(withSchool) AND r.due_date < ?) AS overdue
                FROM schools s ORDER BY \(order) LIMIT ?
                """, [today.iso, AppropriateBodyDashboard.schoolRows]).map { row in
                DashboardSchool(id: try row.int("id"), name: try row.string("name"), urn: try row.string("urn"),
                                ectsInInduction: try row.int("ects"), awaitingQA: try row.int("awaiting_qa"), overdue: try row.int("overdue"))
            }
            let term = try TermDatesStore().load(c).term(onOrAfter: today)
            let returns = DfEReturnCounts()
            let decisions = try DecisionRows.statuses(where: InductionReader.decisionDue, [], today: today, c)
            return AppropriateBodyDashboard(
                ectsInInduction: try count("SELECT count(*) FROM (\(open))"),
                awaitingQA: try count("SELECT count(*) FROM reports WHERE state = 'submitted'"),
                returned: try count("SELECT count(*) FROM reports WHERE state = 'returned'"),
                overdue: try count("SELECT count(*) FROM reports WHERE state IN \(withSchool) AND due_date < ?", [today.iso]),
                atRisk: try count("SELECT count(*) FROM at_risk_entries WHERE left_at IS NULL"),
                decisionsDue: decisions.count, decisionsLate: decisions.filter(\.isLate).count,
                dueThisTerm: try count("SELECT count(*) FROM reports WHERE due_date BETWEEN ? AND ?", [term.start.iso, term.end.iso]),
                claimsNotReturned: try returns.claims(c, today: today),
                outcomesNotReturned: try returns.outcomes(c, today: today),
                programmeChecksDue: try count("""
                    SELECT count(*) FROM (\(ProgrammeCheckRows.schoolLedInInduction)) l WHERE NOT EXISTS (
                        SELECT 1 FROM programme_checks p WHERE p.school_id = l.school_id AND p.academic_year = ?)
                    """, [AcademicYear(containing: today).startYear]),
                concernsAwaitingReply: try count("SELECT count(*) FROM ect_concerns WHERE state = 'open'"),
                schools: schools)
        }
    }
}
