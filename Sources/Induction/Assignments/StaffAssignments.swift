import SQLite

/// Reads over tutor and mentor assignments, inside the caller's read.
public struct StaffAssignments: Sendable {
    public init() {}

    /// Every assignment of the ECT, current first, then newest first.
    public func history(ectID: Int, _ connection: Connection) throws -> [StaffAssignment] {
        try connection.query(
            """
            SELECT a.id, a.role, a.user_id, a.from_date, a.to_date, u.name
            FROM staff_assignments a JOIN users u ON u.id = a.user_id
            WHERE a.ect_id = ? ORDER BY a.to_date IS NOT NULL, a.from_date DESC, a.id DESC
            """, [ectID]
        ).map(Self.assignment)
    }

    /// The accounts at the school that may be the ECTs' tutor (or mentor), by name.
    public func eligible(_ role: AssignmentRole, schoolID: Int, _ connection: Connection) throws -> [AssignedPerson] {
        try connection.query(
            """
            SELECT DISTINCT u.id, u.name FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE g.school_id = ? AND g.role IN (\(role.grantRolesSQL)) AND u.active = 1
            ORDER BY u.name, u.id
            """, [schoolID]
        ).map { AssignedPerson(userID: try $0.int("id"), name: try $0.string("name")) }
    }

    /// Whether the account may be the tutor (or mentor) of ECTs at the school.
    public func isEligible(userID: Int, _ role: AssignmentRole, schoolID: Int, _ connection: Connection) throws -> Bool {
        try connection.scalarInt(
            """
            SELECT count(*) FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE g.user_id = ? AND g.school_id = ? AND g.role IN (\(role.grantRolesSQL)) AND u.active = 1
            """, [userID, schoolID]) ?? 0 > 0
    }

    /// The ECTs at the school the account is the current tutor (or mentor) of.
    public func ectIDs(userID: Int, _ role: AssignmentRole, schoolID: Int, _ connection: Connection) throws -> Set<Int> {
        Set(try connection.query(
            "SELECT ect_id FROM staff_assignments WHERE user_id = ? AND role = ? AND school_id = ? AND to_date IS NULL",
            [userID, role.rawValue, schoolID]
        ).map { try $0.int("ect_id") })
    }

    /// Names typed before tutors and mentors were accounts that matched nobody (Migration007).
    public func unmatchedNames(ectID: Int, _ connection: Connection) throws -> [AssignmentRole: String] {
        var names: [AssignmentRole: String] = [:]
        for row in try connection.query("SELECT role, name FROM unmatched_staff_names WHERE ect_id = ?", [ectID]) {
            if let role = AssignmentRole(rawValue: try row.string("role")) { names[role] = try row.string("name") }
        }
        return names
    }

    static func assignment(_ row: Row) throws -> StaffAssignment {
        let id = try row.int("id")
        guard let role = AssignmentRole(rawValue: try row.string("role")), let from = CalendarDate(iso: try row.string("from_date")) else {
            throw RecordDecodingError(table: "staff_assignments", column: "from_date", id: id)
        }
        return StaffAssignment(id: id, role: role, person: AssignedPerson(userID: try row.int("user_id"), name: try row.string("name")),
                               from: from, to: try row.optionalString("to_date").flatMap(CalendarDate.init(iso:)))
    }
}
