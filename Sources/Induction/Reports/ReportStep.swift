/// Everything that can happen to a report; `ReportWorkflow` says which may happen in which state.
public enum ReportStep: Sendable, Equatable {
    /// The school changes its text (the tutor or the headteacher).
    case edit
    /// The ECT changes their comments.
    case comment
    case share
    case sign(SignerRole)
    case submit
    case accept
    case returnForAmendment

    public var description: String {
        switch self {
        case .edit: "change the report"
        case .comment: "add comments"
        case .share: "share the report with the ECT"
        case .sign(let role): "sign as \(role.phrase.dropFirst(4))"
        case .submit: "submit the report"
        case .accept: "accept the report"
        case .returnForAmendment: "return the report"
        }
    }
}
