/// A report as a list shows it: which one, where it stands, when it is due.
public struct ReportSummary: Sendable, Equatable {
    public var id: Int
    public var ectID: Int
    /// The induction period (so the school) it was written in: a transfer's earlier reports differ.
    public var periodID: Int
    public var schoolID: Int
    public var kind: DueItemKind
    public var termNumber: Int
    public var state: ReportState
    public var dueDate: CalendarDate
    public var earliestSubmission: CalendarDate
    public var submittedAt: String?

    public init(reportFor report: Report) {
        id = report.id
        ectID = report.ectID
        periodID = report.periodID
        schoolID = report.schoolID
        kind = report.kind
        termNumber = report.termNumber
        state = report.state
        dueDate = report.dueDate
        earliestSubmission = report.earliestSubmission
        submittedAt = report.submittedAt
    }

    /// Not yet with the appropriate body after its due date (issue 9 item 10).
    public func isLate(today: CalendarDate) -> Bool {
        today > dueDate && (state == .draft || state == .shared || state == .awaitingSignatures || state == .returned)
    }
}
