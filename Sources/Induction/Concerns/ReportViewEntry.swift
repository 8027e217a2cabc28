/// One line of an ECT's report view log: who opened which report, in which role, first that day.
public struct ReportViewEntry: Sendable, Equatable {
    public var reportID: Int
    public var reportTitle: String
    public var viewerName: String
    public var role: Role
    public var place: String
    public var viewedAt: String
}
