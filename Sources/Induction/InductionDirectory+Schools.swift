import SQLite

/// The appropriate body's list of schools and a school's staff, one query each.
extension InductionDirectory {
    /// Every school (authorised and suspended) and every pending registration request, by name;
    /// `status` keeps one kind only, `schoolID` one school only (and no requests).
    /// `limit` and `offset` give one page of them (issue 12 item 2).
    public func schoolListings(status: SchoolListing.Status? = nil, schoolID: Int? = nil, limit: Int = -1, offset: Int = 0,
                               _ connection: Connection) throws -> [SchoolListing] {
        let rows = try connection.query(
            """
            SELECT s.id, s.urn, s.name, s.status, s.phase, s.local_authority,
                   (SELECT count(DISTINCT g.user_id) FROM role_grants g WHERE g.school_id = s.id AND g.role <> 'ect') AS staff_count,
                   (SELECT count(*) FROM ects e WHERE e.school_id = s.id AND e.registration_status = 'confirmed') AS ect_count
            FROM schools s
            WHERE (?1 IS NULL OR s.status = ?1) AND (?2 IS NULL OR s.id = ?2)
            UNION ALL
            SELECT r.id, r.urn, r.school_name, 'pending', 'not-recorded', '', 0, 0
            FROM school_registration_requests r
            WHERE r.status = 'pending' AND (?1 IS NULL OR ?1 = 'pending') AND ?2 IS NULL
            ORDER BY 3, 1 LIMIT ?3 OFFSET ?4
            """, [status?.rawValue, schoolID, limit, offset]
        )
        return try rows.map { row in
            SchoolListing(id: try row.int("id"), urn: try row.string("urn"), name: try row.string("name"),
                          status: SchoolListing.Status(rawValue: try row.string("status")) ?? .authorised,
                          phase: SchoolPhase(rawValue: try row.string("phase")) ?? .notRecorded,
                          localAuthority: try row.string("local_authority"),
                          staffCount: try row.int("staff_count"), ectCount: try row.int("ect_count"))
        }
    }

    /// How many rows `schoolListings(status:)` gives in all.
    public func schoolListingCount(status: SchoolListing.Status?, _ connection: Connection) throws -> Int {
        try connection.scalarInt("""
            SELECT (SELECT count(*) FROM schools WHERE ?1 IS NULL OR status = ?1)
                 + (SELECT count(*) FROM school_registration_requests WHERE status = 'pending' AND (?1 IS NULL OR ?1 = 'pending'))
            """, [status?.rawValue]) ?? 0
    }

    /// The school itself as the list shows it, or nil when there is no such school.
    public func schoolListing(schoolID: Int, _ connection: Connection) throws -> SchoolListing? {
        try schoolListings(schoolID: schoolID, connection).first
    }

    /// Everyone with a school role at the school, by name, each with their roles in the form's order.
    public func staff(schoolID: Int, _ connection: Connection) throws -> [StaffMember] {
        let rows = try connection.query(
            """
            SELECT g.id AS grant_id, g.role, u.id AS user_id, u.name, u.email
            FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE g.school_id = ? AND g.role <> 'ect'
            ORDER BY u.name, u.id,
                CASE g.role WHEN 'headteacher' THEN 1 WHEN 'induction_lead' THEN 2 WHEN 'induction_tutor' THEN 3
                            WHEN 'mentor' THEN 4 ELSE 5 END
            """, [schoolID]
        )
        var people: [StaffMember] = []
        for row in rows {
            let userID = try row.int("user_id")
            guard let role = Role(rawValue: try row.string("role")) else { continue }
            let holding = StaffMember.Holding(grantID: try row.int("grant_id"), role: role)
            if people.last?.userID == userID {
                people[people.count - 1].roles.append(holding)
            } else {
                people.append(StaffMember(userID: userID, name: try row.string("name"), email: try row.string("email"), roles: [holding]))
            }
        }
        return people
    }
}
