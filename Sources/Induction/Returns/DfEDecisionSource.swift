import SQLite

/// Where the outcomes return gets the appropriate body's decisions: passes to send in bulk, fails to
/// list for entry one by one. The decisions table (`induction_decisions`, outcome 'pass' / 'fail',
/// decided_on, the date the ECT was told) is another change's; until it lands, `NoInductionDecisionsYet`
/// answers none, and every closed period is a release.
protocol DfEDecisionSource: Sendable {
    /// Passes as outcome candidates (the induction period, its end date and the terms served).
    func passes(_ c: Connection) throws -> [DfEOutcomeCandidate]
    func fails(_ c: Connection) throws -> [DfEFailNotice]
}

/// SEAM: replace with a read of `induction_decisions` once that table is on main.
struct NoInductionDecisionsYet: DfEDecisionSource {
    func passes(_ c: Connection) throws -> [DfEOutcomeCandidate] { [] }
    func fails(_ c: Connection) throws -> [DfEFailNotice] { [] }
}
