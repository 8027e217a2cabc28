import SQLite

/// Read queries over schools and ECTs. Each listing is one query, never one per row.
public struct InductionDirectory: Sendable {
    public init() {}

    public func appropriateBodyName(_ connection: Connection) throws -> String? {
        try connection.queryOne("SELECT name FROM appropriate_bodies ORDER BY id LIMIT 1")?.string("name")
    }

    /// Every school, by name, each with its confirmed ECTs by surname. A registration waiting for the
    /// appropriate body (or rejected by it) is never listed as an ECT of the school.
    public func rosters(_ connection: Connection, schoolID: Int? = nil) throws -> [SchoolRoster] {
        try rosters(connection, schoolID: schoolID, urn: nil, limit: -1, offset: 0)
    }

    /// One slice of the list: a row is an ECT, or a school without ECTs, in the list's order; the
    /// rows of a school are grouped into one roster. `urn` keeps one school's rows.
    func rosters(_ connection: Connection, schoolID: Int?, urn: String?, limit: Int, offset: Int) throws -> [SchoolRoster] {
        let rows = try connection.query(
            """
            SELECT s.id AS school_id, s.urn, s.name AS school_name, s.local_authority,
                   e.id AS ect_id, e.first_name, e.last_name, e.trn, e.induction_start_date, e.fte_percent,
                   \(Self.currentStaffColumns)
            FROM schools s LEFT JOIN ects e ON e.school_id = s.id AND e.registration_status = 'confirmed'
            WHERE (?1 IS NULL OR s.id = ?1) AND (?2 IS NULL OR s.urn = ?2)
            ORDER BY s.name, s.id, e.last_name, e.first_name, e.id LIMIT ?3 OFFSET ?4
            """, [schoolID, urn, limit, offset]
        )
        var rosters: [SchoolRoster] = []
        for row in rows {
            let schoolID = try row.int("school_id")
            if rosters.last?.school.id != schoolID {
                let school = School(id: schoolID, urn: try row.string("urn"), name: try row.string("school_name"),
                                    localAuthority: try row.string("local_authority"))
                rosters.append(SchoolRoster(school: school, ects: []))
            }
            if let ectID = try row.optionalInt("ect_id") {
                rosters[rosters.count - 1].ects.append(try Self.ect(row, id: ectID, schoolID: schoolID))
            }
        }
        return rosters
    }

    /// One school with its ECTs, or nil when there is no such school.
    public func roster(schoolID: Int, _ connection: Connection) throws -> SchoolRoster? {
        try rosters(connection, schoolID: schoolID).first
    }

    /// The school's registrations waiting for the appropriate body, oldest first.
    public func pendingRegistrations(schoolID: Int, _ connection: Connection) throws -> [PendingECTRegistration] {
        try PendingECTRegistrations().list(schoolID: schoolID, connection)
    }

    public func ect(id: Int, _ connection: Connection) throws -> ECT? {
        guard let row = try connection.queryOne("SELECT e.*, \(Self.currentStaffColumns) FROM ects e WHERE e.id = ?", [id]) else {
            return nil
        }
        return try Self.ect(row, id: id, schoolID: try row.int("school_id"))
    }

    static func ect(_ row: Row, id: Int, schoolID: Int) throws -> ECT {
        guard let start = CalendarDate(iso: try row.string("induction_start_date")) else {
            throw RecordDecodingError(table: "ects", column: "induction_start_date", id: id)
        }
        guard let fte = FTE(percent: try row.int("fte_percent")) else {
            throw RecordDecodingError(table: "ects", column: "fte_percent", id: id)
        }
        return ECT(id: id, schoolID: schoolID, firstName: try row.string("first_name"), lastName: try row.string("last_name"),
                   trn: try row.string("trn"), inductionStartDate: start, fte: fte,
                   tutor: try person(row, "current_tutor"), mentor: try person(row, "current_mentor"))
    }

    /// The current tutor's and mentor's ids and names of the ECT `e` (Migration007).
    static let currentStaffColumns = AssignmentRole.allCases.map { role in
        let current = "FROM staff_assignments a JOIN users u ON u.id = a.user_id WHERE a.ect_id = e.id AND a.role = '\(role.rawValue)' "
            + "AND a.to_date IS NULL"
        return "(SELECT a.user_id \(current)) AS current_\(role.rawValue)_id, (SELECT u.name \(current)) AS current_\(role.rawValue)_name"
    }.joined(separator: ", ")

    static func person(_ row: Row, _ prefix: String) throws -> AssignedPerson? {
        guard let id = try row.optionalInt("\(prefix)_id"), let name = try row.optionalString("\(prefix)_name") else { return nil }
        return AssignedPerson(userID: id, name: name)
    }
}
