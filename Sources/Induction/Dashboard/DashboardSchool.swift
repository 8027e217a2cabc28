/// One school's line on the AB's dashboard.
public struct DashboardSchool: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var urn: String
    public var ectsInInduction: Int
    public var awaitingQA: Int
    public var overdue: Int

    /// The columns the schools table sorts by.
    public enum Sort: String, CaseIterable, Sendable {
        case name, overdue
        case awaitingQA = "awaiting-qa"
        case ects
    }
}
