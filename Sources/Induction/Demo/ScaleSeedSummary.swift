/// What `SeedScaleData` wrote, for `induct demo --scale` to print.
public struct ScaleSeedSummary: Sendable, Equatable {
    public var schools = 0
    public var ects = 0
    public var accounts = 0
    public var reports = 0
    public var reportsByState: [ReportState: Int] = [:]
    /// The first scale school's sign-ins.
    public var firstSchoolURN = ""
    public var headteacherEmail = ""
    public var tutorEmail = ""

    public init() {}
}
