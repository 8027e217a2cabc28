/// The AB's lists of reports with the schools they sit at, one per dashboard figure.
public enum SchoolReportList: String, CaseIterable, Sendable {
    /// Still with the school after the due date.
    case overdue
    /// Returned for amendment and not yet resubmitted.
    case returned
    /// Due in the current term, whatever their state.
    case dueThisTerm = "due"

    public var heading: String {
        switch self {
        case .overdue: "Reports overdue at schools"
        case .returned: "Reports returned to schools"
        case .dueThisTerm: "Reports due this term"
        }
    }
}
