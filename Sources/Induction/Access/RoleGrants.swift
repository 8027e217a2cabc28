import Foundation
import SQLite

/// Grants and removes roles. A person is found by email (any case) or created; someone who has no
/// password yet is sent a single-use invitation link to set one.
public struct RoleGrants: Sendable {
    public static let invitationValidity = 7 * 24 * 60 * 60

    let database: Database
    let time: any TimeSource
    let baseURL: String

    public init(database: Database, time: any TimeSource, baseURL: String) {
        self.database = database
        self.time = time
        var base = baseURL.trimmingCharacters(in: .whitespacesAndNewlines)
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
    }

    public func invite(email: String, name: String, role: Role, schoolID: Int?, ectID: Int?,
                       actorName: String, actorUserID: Int?, clientAddress: String) throws -> InvitationResult {
        try database.write { c in
            try invite(email: email, name: name, role: role, schoolID: schoolID, ectID: ectID, actorName: actorName,
                       actorUserID: actorUserID, clientAddress: clientAddress, in: c)
        }
    }

    /// The same, inside the caller's connection (and transaction, if one is open).
    public func invite(email: String, name: String, role: Role, schoolID: Int?, ectID: Int?, actorName: String,
                       actorUserID: Int?, clientAddress: String, in c: Connection) throws -> InvitationResult {
        guard let address = EmailAddress.normalise(email) else { throw RoleGrantError.invalidEmail }
        let person = TextCleaning.singleLine(name)
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
            let now = time.now()
            let stamp = Timestamp.format(now)
            let (userID, hasPassword, displayName, existed) = try findOrCreateUser(address, name: person, at: stamp, c)
            let keptName = existed && displayName != person ? displayName : nil
            let grantID = try insertGrant(userID: userID, role: role, schoolID: schoolID, ectID: ect, at: stamp, c)
            let grant = RoleGrant(id: grantID, userID: userID, role: role, schoolID: schoolID, schoolName: schoolName, ectID: ect)
            try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .roleGranted, recordType: "role_grant",
                           recordID: grantID, detail: Self.describe(grant, userID: userID), clientAddress: clientAddress)
                .record(in: c, at: stamp)

            guard !hasPassword else {
                try newRoleEmail(to: address, name: displayName, grant: grant, c).enqueue(in: c, at: stamp)
                return InvitationResult(userID: userID, grantID: grantID, link: nil, keptAccountName: keptName)
            }
            let token = try OneTimeTokens().issue(for: userID, purpose: .invitation, validFor: Self.invitationValidity, now: now, in: c)
            let link = "\(baseURL)/invitations/\(token)"
            try invitationEmail(to: address, name: displayName, grant: grant, link: link, c).enqueue(in: c, at: stamp)
            try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .userInvited, recordType: "user",
                           recordID: userID, detail: "invitation valid for 7 days", clientAddress: clientAddress)
                .record(in: c, at: stamp)
            return InvitationResult(userID: userID, grantID: grantID, link: link, keptAccountName: keptName)
        }
    }

    /// Removes a grant and ends every session acting in it. When it was the person's last grant, all
    /// their sessions end and an unused invitation stops working. False when there is no such grant;
    /// throws `RoleGrantError.lastAppropriateBodyAdmin` for the only AB admin grant (the schema refuses it too).
    public func revoke(grantID: Int, actorName: String, actorUserID: Int?, clientAddress: String) throws -> Bool {
        try database.write { c in
            try revoke(grantID: grantID, actorName: actorName, actorUserID: actorUserID, clientAddress: clientAddress, in: c)
        }
    }

    public func revoke(grantID: Int, actorName: String, actorUserID: Int?, clientAddress: String, in c: Connection) throws -> Bool {
        try c.transaction {
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
            let stamp = time.timestamp
            var ended = try c.run("DELETE FROM sessions WHERE active_grant_id = ?", [grantID])
            try c.run("DELETE FROM role_grants WHERE id = ?", [grantID])
            if let schoolID = grant.schoolID {
                try AssignTutorAndMentor.endAssignmentsWithoutTheRole(userID: userID, schoolID: schoolID, today: time.today,
                                                                      actorName: actorName, actorUserID: actorUserID,
                                                                      clientAddress: clientAddress, at: stamp, c)
            }
            if try c.scalarInt("SELECT count(*) FROM role_grants WHERE user_id = ?", [userID]) == 0 {
                ended += try c.run("DELETE FROM sessions WHERE user_id = ?", [userID])
                try c.run("UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose = 'invitation' AND used_at IS NULL",
                          [stamp, userID])
            }
            try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .roleRevoked, recordType: "role_grant",
                           recordID: grantID, detail: Self.describe(grant, userID: userID) + "; \(ended) session(s) ended",
                           clientAddress: clientAddress)
                .record(in: c, at: stamp)
            return true
        }
    }

    /// For `induct user add --school URN`: the school's id, or nil when no school has that URN.
    public func schoolID(urn: String) throws -> Int? {
        try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = ?", [urn.trimmingCharacters(in: .whitespaces)]) }
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

    static func describe(_ grant: RoleGrant, userID: Int) -> String {
        var text = "\(grant.label) for user \(userID)"
        if let ectID = grant.ectID { text += " (ECT record \(ectID))" }
        return text
    }
}
