import SQLite

/// Where the outcomes return gets the appropriate body's decisions: passes to send in bulk, fails to
/// list for entry one by one. The decisions table (`induction_decisions`, outcome 'pass' / 'fail',
/// decided_on, the date the ECT was told): `InductionDecisionsSource` reads it; tests give their own.
protocol DfEDecisionSource: Sendable {
    /// Passes as outcome candidates (the induction period, its end date and the terms served).
    func passes(_ c: Connection) throws -> [DfEOutcomeCandidate]
    func fails(_ c: Connection) throws -> [DfEFailNotice]
}

/// The appropriate body's recorded decisions (`induction_decisions`, issue 10 item 3): a pass is
/// sent in bulk with the period's end (its closing date, else the day of the final assessment
/// meeting the school recorded) and
/// the terms served then; a fail is listed with the day the ECT was told in writing.
struct InductionDecisionsSource: DfEDecisionSource {
    func passes(_ c: Connection) throws -> [DfEOutcomeCandidate] {
        let rows = try rows("pass", c)
        // The records of passes without terms served load as one set, not one by one (issue 12 item 2).
        let records = try rows.contains { try $0.optionalInt("terms_served") == nil }
            ? ECTRecordSetLoader().load(ids: """
                SELECT d.ect_id FROM induction_decisions d JOIN reports r ON r.id = d.final_report_id
                JOIN induction_periods p ON p.id = r.induction_period_id WHERE d.outcome = 'pass' AND p.terms_served IS NULL
                """, [], c)
            : [:]
        return try rows.map { row in
            let ectID = try row.int("ect_id")
            let end = try row.optionalString("end_date") ?? row.string("meeting_date")
            var terms = try row.optionalInt("terms_served")
            if terms == nil, let record = records[ectID], let date = CalendarDate(iso: end) {
                terms = (try? TermCalendar.compute(record.calendarInput))?.termsServed(asOf: date).thousandths
            }
            return DfEOutcomeCandidate(periodID: try row.int("period_id"), trn: try row.string("trn"),
                                       dateOfBirth: try row.optionalString("date_of_birth"), endDate: end, termsThousandths: terms,
                                       outcome: .pass)
        }
    }

    func fails(_ c: Connection) throws -> [DfEFailNotice] {
        try rows("fail", c).map { row in
            DfEFailNotice(periodID: try row.int("period_id"), trn: try row.string("trn"),
                          name: "\(try row.string("first_name")) \(try row.string("last_name"))", decidedOn: try row.string("decided_on"),
                          toldOn: try row.optionalString("ect_told_in_writing_on"))
        }
    }

    private func rows(_ outcome: String, _ c: Connection) throws -> [Row] {
        try c.query("""
            SELECT d.ect_id, d.decided_on, d.ect_told_in_writing_on, r.induction_period_id AS period_id,
                   \(ReportRows.recordedMeetingDate) AS meeting_date,
                   p.end_date, p.terms_served, e.trn, e.date_of_birth, e.first_name, e.last_name
            FROM induction_decisions d JOIN reports r ON r.id = d.final_report_id
            JOIN induction_periods p ON p.id = r.induction_period_id JOIN ects e ON e.id = d.ect_id
            WHERE d.outcome = ? ORDER BY d.decided_on, d.id
            """, [outcome])
    }
}
