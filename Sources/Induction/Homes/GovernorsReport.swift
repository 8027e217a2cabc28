/// A school's termly general report for its governors (SG 2.80): numbers only, never a name.
public struct GovernorsReport: Sendable, Equatable {
    public let schoolName: String
    public let term: SchoolTerm
    /// ECTs whose induction here was open on the term's last day.
    public let ectsInInduction: Int
    /// Of those, on the appropriate body's at-risk list (SG 4.1–4.5), and the rest.
    public let atRisk: Int
    public var onTrack: Int { ectsInInduction - atRisk }
    /// Reports due in the term; sent to the appropriate body by the due date; sent after it; not sent yet.
    public let reportsDue: Int
    public let reportsOnTime: Int
    public let reportsLate: Int
    public let reportsNotYetSent: Int
    /// Extensions the appropriate body decided in the term (SG 3.8–3.10).
    public let extensions: Int
    /// Inductions completed in the term with the appropriate body's decision, by outcome.
    public let passed: Int
    public let failed: Int
}
