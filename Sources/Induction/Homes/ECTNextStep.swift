/// One of a tutor's ECTs and the next report owed (issue 11 item 1): the due item, its due date and
/// the report if started. Nil `item` means nothing more is due in this period.
public struct ECTNextStep: Sendable, Equatable {
    public let ectID: Int
    public let ectName: String
    public let item: DueItem?
    public let report: ReportSummary?

    /// The report's due date once started (a final assessment's follows its meeting), else the item's.
    public var dueDate: CalendarDate? { report?.dueDate ?? item?.dueDate }
}
