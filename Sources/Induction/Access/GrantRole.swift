import Foundation
import SQLite

/// Grants a role. A person is found by email (any case) or created; someone who has no password yet
/// is sent a single-use invitation link to set one. The grant, the email and the audit events commit
/// together.
public struct GrantRole: Sendable {
    public static let invitationValidity = 7 * 24 * 60 * 60

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// `ectID` only for the ECT role. Throws `RoleGrantError` when the grant cannot be made.
    public func grant(_ role: Role, to invitee: Invitee, schoolID: Int?, ectID: Int? = nil, author: Author) throws -> InvitationResult {
        try store.change { c, stamp in
            try grant(role, to: invitee, schoolID: schoolID, ectID: ectID, author: author, in: c, at: stamp)
        }
    }

    /// The same inside a change that is already open (a school's or an ECT's registration), under a
    /// savepoint, so a refused grant leaves that change standing.
    func grant(_ role: Role, to invitee: Invitee, schoolID: Int?, ectID: Int?, author: Author,
               in c: Connection, at stamp: String) throws -> InvitationResult {
        guard let address = EmailAddress.normalise(invitee.email) else { throw RoleGrantError.invalidEmail }
        let person = TextCleaning.singleLine(invitee.name)
        guard (1...200).contains(person.count) else { throw RoleGrantError.invalidName }
        if role.isAppropriateBodyStaff, schoolID != nil { throw RoleGrantError.schoolNotAllowed }
        if !role.isAppropriateBodyStaff, schoolID == nil { throw RoleGrantError.schoolRequired }
        let ect = role == .ect ? ectID : nil
        if role == .ect, ect == nil { throw RoleGrantError.ectRequired }

        return try c.transaction {
            var schoolName: String?
            if let schoolID {
                guard let row = try c.queryOne("SELECT name FROM schools WHERE id = ?", [schoolID]) else {
                    throw RoleGrantError.unknownSchool
                }
                schoolName = try row.string("name")
            }
            if let ect, try c.scalarInt("SELECT count(*) FROM ects WHERE id = ? AND school_id = ?", [ect, schoolID]) != 1 {
                throw RoleGrantError.ectRequired
            }
            let (userID, hasPassword, displayName, existed) = try findOrCreateUser(address, name: person, at: stamp, c)
            let keptName = existed && displayName != person ? displayName : nil
            let grantID = try insertGrant(userID: userID, role: role, schoolID: schoolID, ectID: ect, at: stamp, c)
            let grant = RoleGrant(id: grantID, userID: userID, role: role, schoolID: schoolID, schoolName: schoolName, ectID: ect)
            try AuditEvent(author: author, action: .roleGranted, recordType: "role_grant", recordID: grantID,
                           detail: grant.auditDescription)
                .record(in: c, at: stamp)

            guard !hasPassword else {
                try newRoleEmail(to: address, name: displayName, grant: grant, c).enqueue(in: c, at: stamp)
                return InvitationResult(userID: userID, grantID: grantID, link: nil, keptAccountName: keptName)
            }
            let now = store.time.now()
            let token = try OneTimeTokens().issue(for: userID, purpose: .invitation, validFor: Self.invitationValidity, now: now, in: c)
            let link = "\(store.baseURL)/invitations/\(token)"
            try invitationEmail(to: address, name: displayName, grant: grant, link: link, c).enqueue(in: c, at: stamp)
            try AuditEvent(author: author, action: .userInvited, recordType: "user", recordID: userID,
                           detail: "invitation valid for 7 days")
                .record(in: c, at: stamp)
            return InvitationResult(userID: userID, grantID: grantID, link: link, keptAccountName: keptName)
        }
    }

    /// The person's id, whether they have a password, their name as the account has it, and whether the account existed.
    private func findOrCreateUser(_ email: String, name: String, at stamp: String, _ c: Connection) throws -> (Int, Bool, String, Bool) {
        if let row = try c.queryOne("SELECT id, name, password_hash IS NOT NULL AS has_password FROM users WHERE email = ?", [email]) {
            return (try row.int("id"), try row.bool("has_password"), try row.string("name"), true)
        }
        try c.run("INSERT INTO users (name, email, created_at) VALUES (?, ?, ?)", [name, email, stamp])
        return (Int(c.lastInsertRowID), false, name, false)
    }

    private func insertGrant(userID: Int, role: Role, schoolID: Int?, ectID: Int?, at stamp: String, _ c: Connection) throws -> Int {
        let held = try c.scalarInt(
            "SELECT count(*) FROM role_grants WHERE (user_id = ? AND role = ? AND ifnull(school_id, 0) = ifnull(?, 0)) OR ect_id = ?",
            [userID, role.rawValue, schoolID, ectID]) ?? 0
        guard held == 0 else { throw RoleGrantError.alreadyHeld }
        do {
            try c.run("INSERT INTO role_grants (user_id, role, school_id, ect_id, created_at) VALUES (?, ?, ?, ?, ?)",
                      [userID, role.rawValue, schoolID, ectID, stamp])
        } catch let error as SQLiteError where error.isUniqueViolation {
            throw RoleGrantError.alreadyHeld
        }
        return Int(c.lastInsertRowID)
    }
}
