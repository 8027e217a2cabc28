/// One role held by one person, at one school for school roles, for one ECT record for the ECT role.
public struct RoleGrant: Sendable, Equatable, Identifiable {
    public var id: Int
    public var userID: Int
    public var role: Role
    public var schoolID: Int?
    public var schoolName: String?
    public var ectID: Int?

    /// "Headteacher, Holme Moss Academy"
    public var label: String {
        schoolName.map { "\(role.title), \($0)" } ?? role.title
    }
}
