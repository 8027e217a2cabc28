/// The appropriate body's dashboard (issue 10 item 1): the figures a deadline week turns on, each
/// counted by one statement in one snapshot, and each school's share of the work.
public struct AppropriateBodyDashboard: Sendable, Equatable {
    /// ECTs with a confirmed induction period still open.
    public var ectsInInduction: Int
    /// Submitted and waiting for the AB's quality assurance.
    public var awaitingQA: Int
    /// Returned to schools and not yet resubmitted.
    public var returned: Int
    /// Started, still with the school, and past the due date.
    public var overdue: Int
    public var atRisk: Int
    /// Accepted final assessments waiting for the AB's decision, and how many of those are past a clock.
    public var decisionsDue: Int
    public var decisionsLate: Int
    /// Reports whose due date falls in the current term, whatever their state.
    public var dueThisTerm: Int
    /// Rows the next claims and outcomes returns to the DfE would carry (issue 10 item 5).
    public var claimsNotReturned: Int
    public var outcomesNotReturned: Int
    /// Schools with ECTs in induction on a school-led programme and no check this academic year (item 7).
    public var programmeChecksDue: Int
    /// SG 2.28, 2.64: concerns ECTs have raised with the named contact and not yet had a reply to.
    public var concernsAwaitingReply: Int = 0
    /// The schools with the most work by the chosen column, at most `schoolRows`: the whole list,
    /// paged, is /ab/schools.
    public var schools: [DashboardSchool]

    public static let schoolRows = 20
}
