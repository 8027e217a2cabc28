/// The appropriate body's reports page (issue 9 item 6): the submitted reports awaiting a decision,
/// oldest first, and the most recently returned or accepted ones, newest first.
public struct AppropriateBodyReportQueue: Sendable, Equatable {
    public var awaitingDecision: [AppropriateBodyReportRow]
    public var recentlyDecided: [AppropriateBodyReportRow]

    public init(awaitingDecision: [AppropriateBodyReportRow], recentlyDecided: [AppropriateBodyReportRow]) {
        self.awaitingDecision = awaitingDecision
        self.recentlyDecided = recentlyDecided
    }
}
