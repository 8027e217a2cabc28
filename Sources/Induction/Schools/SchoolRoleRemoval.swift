import SQLite

/// A school role someone asks to remove, as its confirmation page shows it: who holds it, which role,
/// and why this person may not remove it (nil when they may). Someone must always be left who can
/// manage staff, and nobody removes their own last role that lets them do so.
public struct SchoolRoleRemoval: Sendable, Equatable {
    public let holder: String
    public let role: Role
    public let refusal: String?

    /// Nil unless the grant is a school role (not an ECT's) at that school: another school's grant is nil.
    static func load(grantID: Int, schoolID: Int, actorUserID: Int?, _ c: Connection) throws -> SchoolRoleRemoval? {
        guard let row = try c.queryOne(
            """
            SELECT g.role, g.user_id, u.name FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE g.id = ? AND g.school_id = ? AND g.role <> 'ect'
            """, [grantID, schoolID]),
            let role = Role(rawValue: try row.string("role")) else { return nil }
        let holder = try row.string("name")
        guard StaffMember.managingRoles.contains(role) else { return SchoolRoleRemoval(holder: holder, role: role, refusal: nil) }
        let others = try c.query(
            "SELECT user_id FROM role_grants WHERE school_id = ? AND role IN ('headteacher', 'induction_lead') AND id <> ?",
            [schoolID, grantID]).map { try $0.int("user_id") }
        var refusal: String?
        if others.isEmpty {
            refusal = "\(holder) is the last headteacher or induction lead at this school, so nobody could manage staff. "
                + "Add another headteacher or induction lead first."
        } else if try row.int("user_id") == actorUserID, let actorUserID, !others.contains(actorUserID) {
            refusal = "You cannot remove your own role as \(role.title.lowercased()): you would no longer be able to manage staff. "
                + "Ask another headteacher or induction lead to remove it."
        }
        return SchoolRoleRemoval(holder: holder, role: role, refusal: refusal)
    }
}
