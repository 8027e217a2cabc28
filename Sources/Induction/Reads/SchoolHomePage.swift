/// Everything a school's home page shows, from one snapshot.
public struct SchoolHomePage: Sendable {
    public let roster: SchoolRoster
    public let listing: SchoolListing
    public let staff: [StaffMember]
    public let pendingRegistrations: [PendingECTRegistration]
    public let left: [LeftECT]
    /// Reports the school must act on: returned by the AB, or past their due date (issue 10 item 9).
    public let reportsToActOn: [AppropriateBodyReportRow]
    /// The appropriate body's checks of the school's school-led programme (issue 10 item 7).
    public let programmeChecks: SchoolProgrammeChecks
}
