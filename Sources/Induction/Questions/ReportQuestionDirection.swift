/// Which way `MoveReportQuestion` moves a question in its report's order.
public enum ReportQuestionDirection: String, Sendable, CaseIterable {
    case up
    case down
}
