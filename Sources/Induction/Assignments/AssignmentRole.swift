/// What a staff assignment makes someone for one ECT. Item 10: the tutor holds the induction tutor
/// or headteacher role at the ECT's school, the mentor the mentor role (Migration007 checks it too).
public enum AssignmentRole: String, CaseIterable, Sendable {
    case tutor
    case mentor

    /// The school roles that make someone eligible.
    public var eligibleRoles: [Role] {
        switch self {
        case .tutor: [.inductionTutor, .headteacher]
        case .mentor: [.mentor]
        }
    }

    public var title: String {
        switch self {
        case .tutor: "Induction tutor"
        case .mentor: "Mentor"
        }
    }

    /// The task the record and the school page show while nobody is assigned.
    public var missingTask: String {
        switch self {
        case .tutor: "No tutor assigned"
        case .mentor: "No mentor assigned"
        }
    }

    /// "the induction tutor or headteacher role", for messages.
    public var eligibilityPhrase: String {
        switch self {
        case .tutor: "the induction tutor or headteacher role"
        case .mentor: "the mentor role"
        }
    }

    /// The `role_grants.role` values, for SQL.
    var grantRolesSQL: String { eligibleRoles.map { "'\($0.rawValue)'" }.joined(separator: ", ") }
}
