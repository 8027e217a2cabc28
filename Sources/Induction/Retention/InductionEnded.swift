import SQLite

/// When each ECT's induction ended: with no open induction period, the later of a pass or fail
/// decision (`decided_on`) and the end of the last confirmed period. An extension is not an end.
/// ECTs still in induction, or with no confirmed period, have no row.
enum InductionEnded {
    static let sql = """
        SELECT e.id, e.trn, s.name AS school_name,
          max(coalesce((SELECT max(p.end_date) FROM induction_periods p WHERE p.ect_id = e.id AND p.status = 'confirmed'), ''),
              coalesce((SELECT d.decided_on FROM induction_decisions d WHERE d.ect_id = e.id AND d.outcome IN ('pass', 'fail')), '')) AS ended_on
        FROM ects e JOIN schools s ON s.id = e.school_id
        WHERE NOT EXISTS (SELECT 1 FROM induction_periods p WHERE p.ect_id = e.id AND p.end_date IS NULL
                            AND p.status NOT IN ('rejected', 'withdrawn'))
          AND EXISTS (SELECT 1 FROM induction_periods p WHERE p.ect_id = e.id AND p.status = 'confirmed')
        """

    /// Due records, oldest end first; `ectID` narrows it to one.
    static func due(today: CalendarDate, ectID: Int? = nil, in c: Connection) throws -> [RetentionCandidate] {
        let filter = ectID == nil ? "" : " AND e.id = ?"
        let bindings: [any SQLBindable] = ectID.map { [$0] } ?? []
        let rows = try c.query(sql + filter + " ORDER BY ended_on, e.id", bindings)
        let policy = RetentionPolicy()
        return try rows.compactMap { row in
            guard let ended = CalendarDate(iso: try row.string("ended_on")), policy.isDue(endedOn: ended, today: today) else { return nil }
            return RetentionCandidate(ectID: try row.int("id"), trn: try row.string("trn"),
                                      schoolName: try row.string("school_name"), endedOn: ended)
        }
    }
}
