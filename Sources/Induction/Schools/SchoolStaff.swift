import SQLite

/// Headteachers and induction leads remove school roles at their own school. Someone must always be
/// left who can manage staff, and nobody removes their own last role that lets them do so.
public struct SchoolStaff: Sendable {
    let database: Database
    let roleGrants: RoleGrants

    public init(database: Database, roleGrants: RoleGrants) {
        self.database = database
        self.roleGrants = roleGrants
    }

    /// The grant at that school (a school role, not an ECT's), or nil: another school's grant is nil.
    public func grant(id: Int, schoolID: Int, _ c: Connection) throws -> (holder: String, role: Role, userID: Int)? {
        guard let row = try c.queryOne(
            """
            SELECT g.role, g.user_id, u.name FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE g.id = ? AND g.school_id = ? AND g.role <> 'ect'
            """, [id, schoolID]),
            let role = Role(rawValue: try row.string("role")) else { return nil }
        return (try row.string("name"), role, try row.int("user_id"))
    }

    /// Why the role may not be removed by this person, or nil when it may.
    public func refusal(grantID: Int, schoolID: Int, actorUserID: Int, _ c: Connection) throws -> String? {
        guard let grant = try grant(id: grantID, schoolID: schoolID, c), StaffMember.managingRoles.contains(grant.role) else { return nil }
        let others = try c.query(
            "SELECT user_id FROM role_grants WHERE school_id = ? AND role IN ('headteacher', 'induction_lead') AND id <> ?",
            [schoolID, grantID]).map { try $0.int("user_id") }
        if others.isEmpty {
            return "\(grant.holder) is the last headteacher or induction lead at this school, so nobody could manage staff. "
                + "Add another headteacher or induction lead first."
        }
        if grant.userID == actorUserID, !others.contains(actorUserID) {
            return "You cannot remove your own role as \(grant.role.title.lowercased()): you would no longer be able to manage staff. "
                + "Ask another headteacher or induction lead to remove it."
        }
        return nil
    }

    public func remove(grantID: Int, schoolID: Int, actorName: String, actorUserID: Int, clientAddress: String) throws -> StaffRemovalOutcome {
        try database.write { c in
            try c.transaction {
                guard let grant = try grant(id: grantID, schoolID: schoolID, c) else { return .notFound }
                if let message = try refusal(grantID: grantID, schoolID: schoolID, actorUserID: actorUserID, c) { return .refused(message) }
                guard try roleGrants.revoke(grantID: grantID, actorName: actorName, actorUserID: actorUserID,
                                            clientAddress: clientAddress, in: c) else { return .notFound }
                return .removed(grant.role)
            }
        }
    }
}
