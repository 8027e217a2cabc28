/// The ECT's own to-do and reports (issue 11 item 1): shared reports waiting for their comments or
/// signature, and every report they have signed, to print.
public struct ECTTaskList: Sendable, Equatable {
    public let awaitingMe: [ReportSummary]
    public let signed: [ReportSummary]
}
