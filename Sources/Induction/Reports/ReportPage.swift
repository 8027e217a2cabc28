/// Everything a report's page shows, read in one snapshot.
public struct ReportPage: Sendable {
    public var report: Report
    public var header: ReportHeader
    public var viewer: ReportParticipation
    public var history: [ReportChange]
    /// The evidence files attached, listed on the report and its print view (SG 2.58).
    public var evidence: [EvidenceFile]
    /// The viewer confirmed who they are in this session in the last 10 minutes: signing asks for nothing.
    public var recentlyConfirmed: Bool
}
