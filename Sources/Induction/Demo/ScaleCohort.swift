/// When the scale data set's ECTs started, and at what working pattern: a 2023 part-time cohort
/// still in induction, full-time cohorts of 2024 and 2025, a January 2026 start and this year's
/// starters, so the caseload holds about three years of reports (five or six per ECT on average).
struct ScaleCohort: Sendable {
    let start: String
    let ftePercent: Int
    let weight: Int

    static let all: [ScaleCohort] = [
        ScaleCohort(start: "2023-09-04", ftePercent: 60, weight: 30),
        ScaleCohort(start: "2024-09-02", ftePercent: 100, weight: 30),
        ScaleCohort(start: "2025-09-01", ftePercent: 100, weight: 25),
        ScaleCohort(start: "2026-01-05", ftePercent: 80, weight: 10),
        ScaleCohort(start: "2026-09-01", ftePercent: 100, weight: 5),
    ]

    /// The state of each ECT's latest report; earlier ones are accepted, as in the small demo.
    static let latestStates: [(ReportState, Int)] = [
        (.draft, 15), (.shared, 10), (.awaitingSignatures, 10), (.submitted, 20), (.returned, 10), (.accepted, 35),
    ]
}
