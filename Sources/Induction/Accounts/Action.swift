/// Everything a route can ask permission for. Each route declares one; the policy decides.
public enum Action: String, CaseIterable, Sendable {
    case viewAppropriateBodyHome
    case readOutbox
    case readAuditLog
    case decideSchoolRegistrations
    case inviteAppropriateBodyStaff
    case manageSettings
    case viewSchool
    case manageSchoolStaff
    case viewECTRecord
    case viewOwnECTRecord
}
