/// What a person may be in Induct. AB roles span the appropriate body; the others are per school.
public enum Role: String, CaseIterable, Sendable, Codable {
    case abAdmin = "ab_admin"
    case abOfficer = "ab_officer"
    case headteacher
    case inductionLead = "induction_lead"
    case inductionTutor = "induction_tutor"
    /// SG 2.45, 2.55: developmental support only; a mentor never assesses.
    case mentor
    case schoolAdmin = "school_admin"
    case ect

    public var isAppropriateBodyStaff: Bool { self == .abAdmin || self == .abOfficer }

    public var title: String {
        switch self {
        case .abAdmin: "Appropriate body admin"
        case .abOfficer: "Appropriate body officer"
        case .headteacher: "Headteacher"
        case .inductionLead: "Induction lead"
        case .inductionTutor: "Induction tutor"
        case .mentor: "Mentor"
        case .schoolAdmin: "School administrator"
        case .ect: "Early career teacher"
        }
    }
}
