/// The ECT's own page of who can see their record and who opened their reports (SG 2.79).
public struct RecordAccess: Sendable, Equatable {
    public var people: [RecordAccessEntry]
    /// Newest first, at most `RecordAccess.viewLimit`; the ECT's own visits are left out.
    public var views: [ReportViewEntry]

    public static let viewLimit = 100
}
