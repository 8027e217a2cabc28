/// One person who can see an ECT's record, and why (SG 2.79).
public struct RecordAccessEntry: Sendable, Equatable {
    public var userID: Int
    public var name: String
    public var role: Role
    /// The school the role is at, or the appropriate body's name for its staff.
    public var place: String
    public var reason: String
    /// The last time they opened one of the ECT's reports, if they have.
    public var lastOpenedReportAt: String?
}
