import Foundation
import SQLite

/// Read queries over people and their role grants.
public struct AccountDirectory: Sendable {
    public init() {}

    public func user(id: Int, _ connection: Connection) throws -> User? {
        try connection.queryOne("SELECT * FROM users WHERE id = ?", [id]).map(Self.user)
    }

    /// Case-insensitive (the column is COLLATE NOCASE); surrounding spaces are ignored.
    public func user(email: String, _ connection: Connection) throws -> User? {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !email.isEmpty else { return nil }
        return try connection.queryOne("SELECT * FROM users WHERE email = ?", [email]).map(Self.user)
    }

    /// AB roles first, then by school name, then in the order of `Role.allCases`.
    public func grants(userID: Int, _ connection: Connection) throws -> [RoleGrant] {
        let rows = try connection.query(
            """
            SELECT g.id, g.user_id, g.role, g.school_id, g.ect_id, s.name AS school_name
            FROM role_grants g LEFT JOIN schools s ON s.id = g.school_id
            WHERE g.user_id = ?
            ORDER BY g.school_id IS NOT NULL, s.name, \(Self.roleRank), g.id
            """, [userID])
        return try rows.map { row in
            let raw = try row.string("role")
            guard let role = Role(rawValue: raw) else {
                throw RecordDecodingError(table: "role_grants", column: "role", id: try row.int("id"))
            }
            return RoleGrant(id: try row.int("id"), userID: try row.int("user_id"), role: role,
                             schoolID: try row.optionalInt("school_id"), schoolName: try row.optionalString("school_name"),
                             ectID: try row.optionalInt("ect_id"))
        }
    }

    /// The person acting in `activeGrantID`, or in their first grant when it is nil. nil when the
    /// person is unknown, holds no grant, or the grant is not theirs.
    public func principal(userID: Int, activeGrantID: Int?, _ connection: Connection) throws -> Principal? {
        guard let user = try user(id: userID, connection) else { return nil }
        let grants = try grants(userID: userID, connection)
        let active = activeGrantID.map { id in grants.first { $0.id == id } } ?? grants.first
        guard let active else { return nil }
        var mentees: Set<Int> = []
        if active.role == .mentor, let schoolID = active.schoolID {
            mentees = try StaffAssignments().ectIDs(userID: userID, .mentor, schoolID: schoolID, connection)
        }
        return Principal(user: user, grants: grants, active: active, menteeIDs: mentees)
    }

    static func user(_ row: Row) throws -> User {
        User(id: try row.int("id"), name: try row.string("name"), email: try row.string("email"),
             active: try row.bool("active"), hasPassword: try row.optionalString("password_hash") != nil)
    }

    private static let roleRank: String = {
        let cases = Role.allCases.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }
        return "CASE g.role \(cases.joined(separator: " ")) END"
    }()
}
