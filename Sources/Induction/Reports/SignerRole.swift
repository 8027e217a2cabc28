/// Who signs a report (domain.md "The termly cycle"): progress reviews by the tutor and the ECT,
/// formal assessments by the tutor, the headteacher and the ECT.
public enum SignerRole: String, CaseIterable, Sendable, Comparable {
    case tutor
    case headteacher
    case ect

    public var title: String {
        switch self {
        case .tutor: "Induction tutor"
        case .headteacher: "Headteacher"
        case .ect: "ECT"
        }
    }

    /// In a sentence: "the induction tutor", "the headteacher", "the ECT".
    public var phrase: String { self == .ect ? "the ECT" : "the \(title.lowercased())" }

    /// The signatures `kind` needs, in the order they usually come.
    public static func required(for kind: DueItemKind) -> [SignerRole] {
        kind.isFormalAssessment ? [.tutor, .headteacher, .ect] : [.tutor, .ect]
    }

    public static func < (lhs: SignerRole, rhs: SignerRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
