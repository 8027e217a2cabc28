/// A person with one or more school roles at one school, as the school page lists them.
public struct StaffMember: Sendable, Equatable {
    public struct Holding: Sendable, Equatable {
        public var grantID: Int
        public var role: Role
    }

    public var userID: Int
    public var name: String
    public var email: String
    public var roles: [Holding]

    /// The roles a headteacher or induction lead may give and take away at their school.
    public static let schoolRoles: [Role] = [.headteacher, .inductionLead, .inductionTutor, .mentor, .schoolAdmin]
    /// The roles that may manage staff (AccessPolicy's `.manageSchoolStaff`).
    public static let managingRoles: Set<Role> = [.headteacher, .inductionLead]
}
