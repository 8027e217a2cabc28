import SQLite

extension InductionReader {
    /// Issue 11 item 4: the governors' report for a school and term, counted in one read; nil when
    /// there is no such school.
    public func governorsReport(schoolID: Int, academicYear: Int, term name: TermName) throws -> GovernorsReport? {
        try database.read { c in
            guard let school = try c.queryOne("SELECT name FROM schools WHERE id = ?", [schoolID]) else { return nil }
            let term = try TermDatesStore().load(c).year(academicYear).term(name)
            let (start, end) = (term.start.iso, term.end.iso)
            func count(_ sql: String, _ bindings: [any SQLBindable]) throws -> Int { try c.scalarInt(sql, bindings) ?? 0 }
            let open = """
                SELECT DISTINCT ect_id FROM induction_periods WHERE school_id = ? AND status = 'confirmed' AND start_date <= ?
                AND (end_date IS NULL OR end_date >= ?)
                """
            let due = "FROM reports WHERE school_id = ? AND due_date BETWEEN ? AND ?"
            let sent = "substr(submitted_at, 1, 10)"
            return GovernorsReport(
                schoolName: try school.string("name"), term: term,
                ectsInInduction: try count("SELECT count(*) FROM (\(open))", [schoolID, end, end]),
                atRisk: try count("""
                    SELECT count(DISTINCT r.ect_id) FROM at_risk_entries a JOIN reports r ON r.id = a.report_id
                    WHERE r.school_id = ? AND substr(a.joined_at, 1, 10) <= ? AND (a.left_at IS NULL OR substr(a.left_at, 1, 10) > ?)
                      AND r.ect_id IN (\(open))
                    """, [schoolID, end, end, schoolID, end, end]),
                reportsDue: try count("SELECT count(*) \(due)", [schoolID, start, end]),
                reportsOnTime: try count("SELECT count(*) \(due) AND submitted_at IS NOT NULL AND \(sent) <= due_date", [schoolID, start, end]),
                reportsLate: try count("SELECT count(*) \(due) AND submitted_at IS NOT NULL AND \(sent) > due_date", [schoolID, start, end]),
                reportsNotYetSent: try count("SELECT count(*) \(due) AND submitted_at IS NULL", [schoolID, start, end]),
                extensions: try count("""
                    SELECT count(*) FROM induction_adjustments a JOIN ects e ON e.id = a.ect_id
                    WHERE e.school_id = ? AND a.kind = 'extension' AND substr(a.created_at, 1, 10) BETWEEN ? AND ?
                    """, [schoolID, start, end]),
                passed: try count("""
                    SELECT count(*) FROM induction_decisions d JOIN reports r ON r.id = d.final_report_id
                    WHERE r.school_id = ? AND d.outcome = 'pass' AND d.decided_on BETWEEN ? AND ?
                    """, [schoolID, start, end]),
                failed: try count("""
                    SELECT count(*) FROM induction_decisions d JOIN reports r ON r.id = d.final_report_id
                    WHERE r.school_id = ? AND d.outcome = 'fail' AND d.decided_on BETWEEN ? AND ?
                    """, [schoolID, start, end]))
        }
    }
}
