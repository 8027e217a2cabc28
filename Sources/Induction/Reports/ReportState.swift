/// Where a report is in its workflow (issue 9 item 6): written by the school, shared with the ECT,
/// signed, submitted to the appropriate body, then accepted or returned for amendment.
public enum ReportState: String, CaseIterable, Sendable {
    case draft
    case shared
    case awaitingSignatures = "awaiting-signatures"
    case submitted
    case returned
    case accepted

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .shared: "Shared with the ECT"
        case .awaitingSignatures: "Awaiting signatures"
        case .submitted: "Submitted to the appropriate body"
        case .returned: "Returned for amendment"
        case .accepted: "Accepted"
        }
    }

    /// The school can still change it: not while the appropriate body has it, nor once accepted.
    public var isWithSchool: Bool { self != .submitted && self != .accepted }
}
