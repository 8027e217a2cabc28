import SQLite

/// Removes a grant and ends every session acting in it. When it was the person's last grant, all
/// their sessions end and an unused invitation stops working; an ECT they no longer qualify to tutor
/// or mentor loses them from today. One transaction with its audit events.
public struct RevokeRole: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when there is no such grant; throws `RoleGrantError.lastAppropriateBodyAdmin` for the
    /// only AB admin grant (the schema refuses it too).
    public func revoke(grantID: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in try revoke(grantID: grantID, author: author, in: c, at: stamp) }
    }

    /// The same inside a change already open (a school removing one of its staff).
    func revoke(grantID: Int, author: Author, in c: Connection, at stamp: String) throws -> Bool {
        guard let row = try c.queryOne(
            "SELECT g.*, s.name AS school_name FROM role_grants g LEFT JOIN schools s ON s.id = g.school_id WHERE g.id = ?",
            [grantID]) else { return false }
        let userID = try row.int("user_id")
        let grant = RoleGrant(id: grantID, userID: userID, role: Role(rawValue: try row.string("role")) ?? .ect,
                              schoolID: try row.optionalInt("school_id"), schoolName: try row.optionalString("school_name"),
                              ectID: try row.optionalInt("ect_id"))
        if grant.role == .abAdmin,
           try c.scalarInt("SELECT count(*) FROM role_grants WHERE role = 'ab_admin' AND id <> ?", [grantID]) == 0 {
            throw RoleGrantError.lastAppropriateBodyAdmin
        }
        var ended = try c.run("DELETE FROM sessions WHERE active_grant_id = ?", [grantID])
        try c.run("DELETE FROM role_grants WHERE id = ?", [grantID])
        if let schoolID = grant.schoolID {
            try AssignTutorAndMentor.endAssignmentsWithoutTheRole(userID: userID, schoolID: schoolID, today: store.time.today,
                                                                  author: author, at: stamp, c)
        }
        if try c.scalarInt("SELECT count(*) FROM role_grants WHERE user_id = ?", [userID]) == 0 {
            ended += try c.run("DELETE FROM sessions WHERE user_id = ?", [userID])
            try c.run("UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose = 'invitation' AND used_at IS NULL",
                      [stamp, userID])
        }
        try AuditEvent(author: author, action: .roleRevoked, recordType: "role_grant", recordID: grantID,
                       detail: grant.auditDescription + "; \(ended) session(s) ended")
            .record(in: c, at: stamp)
        return true
    }
}
