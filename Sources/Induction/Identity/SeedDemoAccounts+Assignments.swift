import SQLite

extension SeedDemoAccounts {
    /// Item 10: every demo ECT gets the tutor and mentor `DemoData` names, from their induction start,
    /// unless that role was ever assigned (so a second run, or a change made in the demo, is kept).
    /// Returns how many assignments were made.
    func assignTutorsAndMentors(at now: String, _ connection: Connection) throws -> Int {
        var made = 0
        for school in DemoData.schools {
            for ect in school.ects {
                guard let row = try connection.queryOne("SELECT id, school_id FROM ects WHERE trn = ?", [ect.trn]) else {
                    throw DemoAccountsError.missingECT(trn: ect.trn)
                }
                let ectID = try row.int("id")
                let schoolID = try row.int("school_id")
                for (role, name) in [(AssignmentRole.tutor, ect.tutor), (.mentor, ect.mentor)] {
                    guard try connection.scalarInt("SELECT count(*) FROM staff_assignments WHERE ect_id = ? AND role = ?",
                                                   [ectID, role.rawValue]) == 0,
                          let userID = try connection.scalarInt(
                            """
                            SELECT u.id FROM users u JOIN role_grants g ON g.user_id = u.id
                            WHERE u.name = ? AND g.school_id = ? AND g.role IN (\(role.grantRolesSQL)) ORDER BY u.id LIMIT 1
                            """, [name, schoolID]) else { continue }
                    try connection.run(
                        "INSERT INTO staff_assignments (ect_id, school_id, user_id, role, from_date, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                        [ectID, schoolID, userID, role.rawValue, ect.start, now])
                    made += 1
                }
            }
        }
        return made
    }
}
