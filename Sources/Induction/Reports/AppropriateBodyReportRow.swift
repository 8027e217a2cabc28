/// One report as the appropriate body's queue lists it: whose, from which school, which due item,
/// where it stands and when it was submitted and decided.
public struct AppropriateBodyReportRow: Sendable, Equatable {
    public var reportID: Int
    public var ectID: Int
    public var ectName: String
    public var schoolName: String
    public var kind: DueItemKind
    public var termNumber: Int
    public var state: ReportState
    public var dueDate: CalendarDate
    /// Stored UTC timestamps.
    public var submittedAt: String?
    public var decidedAt: String?

    public init(reportID: Int, ectID: Int, ectName: String, schoolName: String, kind: DueItemKind, termNumber: Int,
                state: ReportState, dueDate: CalendarDate, submittedAt: String?, decidedAt: String?) {
        self.reportID = reportID
        self.ectID = ectID
        self.ectName = ectName
        self.schoolName = schoolName
        self.kind = kind
        self.termNumber = termNumber
        self.state = state
        self.dueDate = dueDate
        self.submittedAt = submittedAt
        self.decidedAt = decidedAt
    }

    /// The day it was submitted, on the same (UTC) calendar as the time source's "today".
    public var submittedOn: CalendarDate? { submittedAt.flatMap { CalendarDate(iso: String($0.prefix(10))) } }

    /// Submitted after its due date (issue 9 item 10).
    public var isLate: Bool { submittedOn.map { $0 > dueDate } ?? false }
}
