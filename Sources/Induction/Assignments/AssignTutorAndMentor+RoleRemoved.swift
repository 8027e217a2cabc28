import SQLite

extension AssignTutorAndMentor {
    /// When a school role is removed, the person stops being tutor or mentor of any ECT they no
    /// longer qualify for there: the assignment ends today and the ECT's record shows the task.
    static func endAssignmentsWithoutTheRole(userID: Int, schoolID: Int, today: CalendarDate, author: Author,
                                             at stamp: String, _ c: Connection) throws {
        let rows = try c.query(
            """
            SELECT a.id, a.ect_id, a.role, a.from_date, u.name FROM staff_assignments a JOIN users u ON u.id = a.user_id
            WHERE a.user_id = ? AND a.school_id = ? AND a.to_date IS NULL
            """, [userID, schoolID])
        for row in rows {
            guard let role = AssignmentRole(rawValue: try row.string("role")), let from = CalendarDate(iso: try row.string("from_date")),
                  !(try StaffAssignments().isEligible(userID: userID, role, schoolID: schoolID, c)) else { continue }
            try c.run("UPDATE staff_assignments SET to_date = ? WHERE id = ?", [max(from, today).iso, try row.int("id")])
            try AuditEvent(author: author, action: .staffChanged(role), recordType: "ect", recordID: try row.int("ect_id"),
                           detail: "\(role.title): \(try row.string("name")) → nobody from \(today.adding(days: 1).ukLong) (role removed)")
                .record(in: c, at: stamp)
        }
    }
}
