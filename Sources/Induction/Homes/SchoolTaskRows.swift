import SQLite

/// The statements behind `SchoolTaskList` that more than one role shares.
enum SchoolTaskRows {
    static func atRisk(schoolID: Int, _ c: Connection) throws -> [AppropriateBodyReportRow] {
        try c.query(ABReportRows.select(join: "JOIN at_risk_entries a ON a.report_id = r.id")
                    + " WHERE a.left_at IS NULL AND r.school_id = ? ORDER BY a.joined_at, a.id", [schoolID]).map(ABReportRows.row)
    }

    static func staffWithoutAccounts(schoolID: Int, _ c: Connection) throws -> [String] {
        let typed = try c.query("""
            SELECT DISTINCT n.name, n.role FROM unmatched_staff_names n JOIN ects e ON e.id = n.ect_id
            WHERE e.school_id = ? ORDER BY n.name
            """, [schoolID]).map { "\(try $0.string("name")) (named as \(try $0.string("role")), no account)" }
        let invited = try c.query("""
            SELECT DISTINCT u.name FROM users u JOIN role_grants g ON g.user_id = u.id
            WHERE g.school_id = ? AND u.password_hash IS NULL AND u.active = 1 ORDER BY u.name
            """, [schoolID]).map { "\(try $0.string("name")) (invited, has not set a password yet)" }
        return typed + invited
    }

    /// For each ECT this person tutors at the school now, the first due item of the current period
    /// not yet with the appropriate body, with its report if started. A fixed number of queries
    /// whatever the number of ECTs (issue 12 item 2).
    static func nextSteps(tutorID: Int, schoolID: Int, today: CalendarDate, _ c: Connection) throws -> [ECTNextStep] {
        let tutored = """
            SELECT a.ect_id FROM staff_assignments a JOIN ects e ON e.id = a.ect_id
            WHERE a.user_id = ? AND a.school_id = ? AND a.role = 'tutor' AND a.to_date IS NULL AND e.school_id = a.school_id
            """
        let ids = try c.query("""
            SELECT DISTINCT e.id FROM ects e WHERE e.id IN (\(tutored)) ORDER BY e.last_name, e.first_name
            """, [tutorID, schoolID]).map { try $0.int("id") }
        let records = try ECTRecordSetLoader().load(ids: tutored, [tutorID, schoolID], c)
        var reportsByECT: [Int: [ReportSummary]] = [:]
        for report in try ReportSummary.load(ectIDs: tutored, [tutorID, schoolID], c) {
            reportsByECT[report.ectID, default: []].append(report)
        }
        return ids.compactMap { id -> ECTNextStep? in
            guard let record = records[id], record.period?.endDate == nil else { return nil }
            let reports = (reportsByECT[id] ?? []).filter { $0.periodID == record.period?.id }
            let items = (try? TermCalendar.compute(record.calendarInput))?.dueItems ?? []
            let open = items.lazy.map { item in (item, reports.first { $0.kind == item.kind && $0.termNumber == item.forTermNumber }) }
                .first { _, report in report.map { $0.state != .submitted && $0.state != .accepted } ?? true }
            return ECTNextStep(ectID: id, ectName: record.ect.fullName, item: open?.0, report: open?.1)
        }
    }
}
