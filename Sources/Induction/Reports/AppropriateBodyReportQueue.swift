/// The appropriate body's reports page (issues 9 and 10): the reports its filter picks (submitted
/// ones, awaiting a decision, unless asked otherwise), oldest first, and the most recently returned
/// or accepted ones, newest first.
public struct AppropriateBodyReportQueue: Sendable, Equatable {
    /// One page of the reports the queue's filter picks.
    public var awaitingDecision: [AppropriateBodyReportRow]
    /// How many the filter picks in all.
    public var total: Int
    public var recentlyDecided: [AppropriateBodyReportRow]
    /// The school the filter names by URN, when there is one.
    public var school: SchoolChoice?
}
