import SQLite

extension InductionReader {
    /// Every ECT the appropriate body holds, by school then name, for the list export (issue 10 item 5).
    /// Terms served and the projected end come from each ECT's term calendar, as on their record.
    /// A fixed number of queries however many ECTs (issue 12 item 2): the records load as one set.
    public func ectList(today: CalendarDate) throws -> [ECTListRow] {
        try database.read { c in
            let records = try ECTRecordSetLoader().load(ids: "SELECT id FROM ects", [], c)
            let atRisk = Set(try c.query("""
                SELECT DISTINCT r.ect_id FROM at_risk_entries a JOIN reports r ON r.id = a.report_id WHERE a.left_at IS NULL
                """).map { try $0.int("ect_id") })
            var latest: [Int: (String, String)] = [:]
            for row in try c.query("""
                SELECT r.ect_id, r.kind, r.term_number, r.state FROM reports r
                WHERE r.id = (SELECT r2.id FROM reports r2 WHERE r2.ect_id = r.ect_id ORDER BY r2.term_number DESC, r2.id DESC LIMIT 1)
                """) {
                let kind = DueItemKind(rawValue: try row.string("kind"))?.label ?? "Report"
                latest[try row.int("ect_id")] = ("\(kind), term \(try row.int("term_number"))",
                                                 ReportState(rawValue: try row.string("state"))?.label ?? "")
            }
            var decisions: [Int: (String, String)] = [:]
            for row in try c.query("SELECT ect_id, outcome, decided_on FROM induction_decisions") {
                decisions[try row.int("ect_id")] = (InductionOutcome(rawValue: try row.string("outcome"))?.label ?? "", try row.string("decided_on"))
            }
            let ects = try c.query("""
                SELECT e.id, s.urn, s.name, (SELECT p.status FROM induction_periods p WHERE p.ect_id = e.id AND p.school_id = e.school_id
                                             ORDER BY p.start_date DESC LIMIT 1) AS period_status
                FROM ects e JOIN schools s ON s.id = e.school_id ORDER BY s.name, s.id, e.last_name, e.first_name, e.id
                """)
            return try ects.compactMap { row -> ECTListRow? in
                let id = try row.int("id")
                guard let record = records[id] else { return nil }
                let calendar = try? TermCalendar.compute(record.calendarInput)
                let decision = decisions[id]
                let periodStatus = try row.optionalString("period_status") ?? ""
                let status = decision.map(\.0)
                    ?? (record.period?.endDate.map { "Left on \($0.ukLong)" }
                    ?? (periodStatus == "confirmed" ? "In induction" : periodStatus == "pending" ? "Waiting for confirmation" : "Not in induction"))
                return ECTListRow(
                    schoolURN: try row.string("urn"), schoolName: try row.string("name"), trn: record.ect.trn,
                    firstName: record.ect.firstName, lastName: record.ect.lastName, dateOfBirth: record.dateOfBirth, email: record.email,
                    inductionStart: record.startDate, workingPattern: record.ect.fte.label,
                    programme: TrainingProgramme(rawValue: record.trainingProgramme)?.label ?? record.trainingProgramme,
                    status: status, termsServed: periodStatus == "confirmed" ? calendar?.termsServed(asOf: today) : nil,
                    projectedEnd: decision == nil ? calendar?.projectedEndDate : nil,
                    tutor: record.ect.tutor?.name ?? "", mentor: record.ect.mentor?.name ?? "", atRisk: atRisk.contains(id),
                    latestReport: latest[id]?.0 ?? "", latestReportState: latest[id]?.1 ?? "",
                    outcome: decision?.0 ?? "", decidedOn: decision.flatMap { CalendarDate(iso: $0.1) })
            }
        }
    }
}
