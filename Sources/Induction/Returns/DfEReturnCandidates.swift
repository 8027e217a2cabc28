import SQLite

/// What the records offer the next return of each kind: periods with no live row of that kind in
/// `dfe_export_rows` (never exported, or exported and not recorded by the DfE).
struct DfEReturnCandidates {
    var decisions: any DfEDecisionSource = InductionDecisionsSource()

    func claims(_ c: Connection, today: CalendarDate) throws -> DfEClaimsReturn {
        let rows = try c.query(
            """
            SELECT p.id, e.trn, e.date_of_birth, e.training_programme, p.start_date
            FROM induction_periods p JOIN ects e ON e.id = p.ect_id
            WHERE p.status = 'confirmed' AND NOT EXISTS (
                SELECT 1 FROM dfe_export_rows r
                WHERE r.kind = 'claims' AND r.induction_period_id = p.id AND r.status <> 'not_recorded')
            ORDER BY p.start_date, p.id
            """)
        let candidates = try rows.map {
            DfEClaimCandidate(periodID: try $0.int("id"), trn: try $0.string("trn"), dateOfBirth: try $0.optionalString("date_of_birth"),
                              programme: try $0.string("training_programme"), startDate: try $0.string("start_date"))
        }
        return DfEClaimsReturn(candidates: candidates, today: today)
    }

    func outcomes(_ c: Connection, today: CalendarDate) throws -> DfEOutcomesReturn {
        let live = Set(try c.query("SELECT induction_period_id FROM dfe_export_rows WHERE kind = 'outcomes' AND status <> 'not_recorded'")
            .map { try $0.int("induction_period_id") })
        let releases = try c.query(
            """
            SELECT p.id, e.trn, e.date_of_birth, p.end_date, p.terms_served
            FROM induction_periods p JOIN ects e ON e.id = p.ect_id
            WHERE p.status = 'confirmed' AND p.end_date IS NOT NULL AND p.terms_served IS NOT NULL
            ORDER BY p.end_date, p.id
            """).map {
            DfEOutcomeCandidate(periodID: try $0.int("id"), trn: try $0.string("trn"), dateOfBirth: try $0.optionalString("date_of_birth"),
                                endDate: try $0.optionalString("end_date"), termsThousandths: try $0.optionalInt("terms_served"),
                                outcome: .release)
        }
        let passes = try decisions.passes(c)
        let fails = try decisions.fails(c)
        // A decided period is never a release, even once its pass has gone.
        let decided = Set(passes.map(\.periodID)).union(fails.map(\.periodID))
        return DfEOutcomesReturn(passes: passes.filter { !live.contains($0.periodID) },
                                 releases: releases.filter { !live.contains($0.periodID) && !decided.contains($0.periodID) },
                                 fails: fails, today: today)
    }

    func preview(_ kind: DfEReturnKind, _ c: Connection, today: CalendarDate) throws -> (rows: [DfEReturnRow], refused: [DfERefusedRow], files: [DfEReturnFile]) {
        switch kind {
        case .claims:
            let claims = try claims(c, today: today)
            return (claims.rows, claims.refused, claims.files)
        case .outcomes:
            let outcomes = try outcomes(c, today: today)
            return (outcomes.rows, outcomes.refused, outcomes.files)
        }
    }
}
