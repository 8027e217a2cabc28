import SQLite

extension InductionReader {
    /// Issue 11 item 1: the ECT's reports waiting for them and those they have signed, in one read.
    public func ectTasks(ectID: Int) throws -> ECTTaskList {
        try database.read { c in
            let signedByECT = "EXISTS (SELECT 1 FROM report_signatures g WHERE g.report_id = r.id AND g.role = 'ect' AND g.cleared_at IS NULL)"
            func reports(_ condition: String) throws -> [ReportSummary] {
                try c.query("""
                    SELECT r.id, r.ect_id, r.induction_period_id, r.school_id, r.kind, r.term_number, r.state, r.due_date,
                           r.earliest_submission, r.submitted_at
                    FROM reports r WHERE r.ect_id = ? AND \(condition) ORDER BY r.due_date, r.id
                    """, [ectID]).map(ReportSummary.init(row:))
            }
            return ECTTaskList(awaitingMe: try reports("r.state IN ('shared', 'awaiting-signatures') AND NOT \(signedByECT)"),
                               signed: try reports(signedByECT))
        }
    }
}
