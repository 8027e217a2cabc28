/// What the person signed in at a school should do next (issue 11 item 1), for the role they act in:
/// the lists a role does not use are empty.
public struct SchoolTaskList: Sendable, Equatable {
    /// The tutor's (or a headteacher's own) ECTs, each with the next report.
    public var nextSteps: [ECTNextStep] = []
    /// Shared reports of this school that still need this person's signature.
    public var awaitingMySignature: [AppropriateBodyReportRow] = []
    /// Final formal assessments started and not yet with the AB: the headteacher's recommendation is due (REG 11).
    public var recommendationsDue: [AppropriateBodyReportRow] = []
    /// This school's ECTs on the AB's at-risk list.
    public var atRisk: [AppropriateBodyReportRow] = []
    /// Reports of a mentor's mentees that are shared with them (read only, SG 2.45).
    public var menteeReports: [AppropriateBodyReportRow] = []
    /// Names typed for a tutor or mentor with no account, and staff invited who have not set a password.
    public var staffWithoutAccounts: [String] = []

    public init() {}
}
