import SQLite

/// How many rows the next claims and outcomes returns would hold, for the dashboard (issue 12 item 2):
/// counting queries with the checks of `DfEClaimsReturn` and `DfEOutcomesReturn` written in SQL, so
/// the dashboard never builds the lists. Only a pass whose period has no terms served yet needs its
/// term calendar; those records load as one set.
struct DfEReturnCounts {
    /// A date `CalendarDate(iso:)` reads: YYYY-MM-DD, a real day, year 1 or later.
    static func isDate(_ column: String) -> String {
        "(\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND \(column) >= '0001' AND date(\(column)) IS \(column))"
    }

    static let validPerson = "(length(e.trn) = 7 AND e.trn NOT GLOB '*[^0-9]*' AND \(isDate("e.date_of_birth")))"

    static func live(_ kind: String, period: String) -> String {
        "EXISTS (SELECT 1 FROM dfe_export_rows x WHERE x.kind = '\(kind)' AND x.induction_period_id = \(period) AND x.status <> 'not_recorded')"
    }

    /// The schema's CHECKs already hold what `DfEClaimsReturn` checks of a TRN (7 digits, Migration001),
    /// a date of birth (a real date from 1900, Migration004) and a period's start (a real date from
    /// 1 September 2021, Migration009), so only what they allow is tested: cheaper on every row.
    func claims(_ c: Connection, today: CalendarDate) throws -> Int {
        try c.scalarInt("""
            SELECT count(*) FROM induction_periods p JOIN ects e ON e.id = p.ect_id
            WHERE p.status = 'confirmed' AND NOT \(Self.live("claims", period: "p.id"))
              AND e.date_of_birth IS NOT NULL AND e.training_programme IN ('provider-led', 'school-led') AND p.start_date <= ?
            """, [today.iso]) ?? 0
    }

    func outcomes(_ c: Connection, today: CalendarDate) throws -> Int {
        // Terms 0–16 to one decimal place, rounded half up: -0.049 to 16.049 terms in thousandths.
        let sendable = "\(Self.validPerson) AND \(Self.isDate("ending")) AND ending <= ?1 AND terms BETWEEN -49 AND 16049"
        let passes = """
            SELECT r.induction_period_id AS period_id, d.ect_id, coalesce(p.end_date, \(ReportRows.recordedMeetingDate)) AS ending,
                   p.terms_served AS terms, e.trn, e.date_of_birth
            FROM induction_decisions d JOIN reports r ON r.id = d.final_report_id
            JOIN induction_periods p ON p.id = r.induction_period_id JOIN ects e ON e.id = d.ect_id
            WHERE d.outcome = 'pass' AND NOT \(Self.live("outcomes", period: "r.induction_period_id"))
            """
        let decided = """
            SELECT r.induction_period_id FROM induction_decisions d JOIN reports r ON r.id = d.final_report_id
            WHERE d.outcome IN ('pass', 'fail')
            """
        let counted = try c.scalarInt("""
            SELECT (SELECT count(*) FROM (\(passes)) e WHERE terms IS NOT NULL AND \(sendable))
                 + (SELECT count(*) FROM (SELECT p.end_date AS ending, p.terms_served AS terms, e.trn, e.date_of_birth
                                          FROM induction_periods p JOIN ects e ON e.id = p.ect_id
                                          WHERE p.status = 'confirmed' AND p.end_date IS NOT NULL AND p.terms_served IS NOT NULL
                                            AND NOT \(Self.live("outcomes", period: "p.id")) AND p.id NOT IN (\(decided))) e
                    WHERE \(sendable))
            """, [today.iso]) ?? 0
        return counted + (try passesWithoutTerms(passes, c, today: today))
    }

    /// The passes whose period has no terms served: the terms come from the calendar, as the return does.
    private func passesWithoutTerms(_ passes: String, _ c: Connection, today: CalendarDate) throws -> Int {
        let rows = try c.query("SELECT * FROM (\(passes)) WHERE terms IS NULL")
        guard !rows.isEmpty else { return 0 }
        let records = try ECTRecordSetLoader().load(ids: "SELECT ect_id FROM (\(passes)) WHERE terms IS NULL", [], c)
        let candidates = try rows.map { row in
            let ending = try row.optionalString("ending")
            let terms = try records[row.int("ect_id")].flatMap { record in
                ending.flatMap(CalendarDate.init(iso:)).flatMap { date in
                    (try? TermCalendar.compute(record.calendarInput))?.termsServed(asOf: date).thousandths
                }
            }
            return DfEOutcomeCandidate(periodID: try row.int("period_id"), trn: try row.string("trn"),
                                       dateOfBirth: try row.optionalString("date_of_birth"), endDate: ending, termsThousandths: terms,
                                       outcome: .pass)
        }
        return DfEOutcomesReturn(passes: candidates, releases: [], fails: [], today: today).rows.count
    }
}
