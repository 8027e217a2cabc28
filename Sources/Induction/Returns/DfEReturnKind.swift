/// The two bulk uploads of the DfE's "Record inductions as an appropriate body" service (domain.md,
/// "Decisions and clocks"): claims open induction periods, outcomes close them.
public enum DfEReturnKind: String, Sendable, CaseIterable, Equatable {
    case claims
    case outcomes

    /// The header row exactly as the DfE's service expects it.
    public var header: [String] {
        switch self {
        case .claims: ["TRN", "Date of birth", "Induction programme", "Induction period start date"]
        case .outcomes: ["TRN", "Date of birth", "Induction period end date", "Number of terms", "Outcome"]
        }
    }

    /// The header of the file the DfE sends back with the rows it rejected.
    public var errorHeader: [String] { header + ["Error message"] }
}
