/// One page of the appropriate body's list of schools and ECTs (issue 12 item 2: every list is
/// paginated): `rowCount` rows in all (an ECT, or a school without ECTs), this page's rows grouped by
/// school, and the figures for the whole list.
public struct ECTListPage: Sendable {
    public let rowCount: Int
    public let ectCount: Int
    public let schoolCount: Int
    public let rosters: [SchoolRoster]
}
