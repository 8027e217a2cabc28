/// One ECT on the appropriate body's at-risk list (SG 4.1–4.5): when they joined it, and the latest
/// report that said they are not on track, with its support plan.
public struct AtRiskEntry: Sendable, Equatable {
    public var ectID: Int
    public var ectName: String
    public var schoolName: String
    /// Stored UTC timestamp.
    public var joinedAt: String
    public var report: AppropriateBodyReportRow
    public var supportPlan: String

    public init(ectID: Int, ectName: String, schoolName: String, joinedAt: String, report: AppropriateBodyReportRow, supportPlan: String) {
        self.ectID = ectID
        self.ectName = ectName
        self.schoolName = schoolName
        self.joinedAt = joinedAt
        self.report = report
        self.supportPlan = supportPlan
    }
}
