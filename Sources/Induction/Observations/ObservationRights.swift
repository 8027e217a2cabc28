import SQLite

/// Who records what for one ECT, from the accounts and assignments themselves: the verbs refuse on it
/// and the pages ask it before showing a form.
enum ObservationRights {
    /// The ECT's current tutor, or the headteacher or induction lead of the ECT's school.
    static func mayObserve(userID: Int?, ectID: Int, schoolID: Int, today: CalendarDate, _ c: Connection) throws -> Bool {
        guard let userID else { return false }
        if try count("SELECT count(*) FROM role_grants WHERE user_id = ? AND school_id = ? AND role IN ('headteacher', 'induction_lead')",
                     [userID, schoolID], c) {
            return true
        }
        return try isCurrent(.tutor, userID: userID, ectID: ectID, schoolID: schoolID, today: today, c)
    }

    /// The ECT's current mentor only (SG 2.45: the mentor supports; the tutor assesses).
    static func mayLogMeeting(userID: Int?, ectID: Int, schoolID: Int, today: CalendarDate, _ c: Connection) throws -> Bool {
        guard let userID else { return false }
        return try isCurrent(.mentor, userID: userID, ectID: ectID, schoolID: schoolID, today: today, c)
    }

    private static func isCurrent(_ role: AssignmentRole, userID: Int, ectID: Int, schoolID: Int, today: CalendarDate,
                                  _ c: Connection) throws -> Bool {
        try count("""
            SELECT count(*) FROM staff_assignments
            WHERE ect_id = ? AND school_id = ? AND user_id = ? AND role = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)
            """, [ectID, schoolID, userID, role.rawValue, today.iso, today.iso], c)
    }

    private static func count(_ sql: String, _ bindings: [any SQLBindable], _ c: Connection) throws -> Bool {
        (try c.scalarInt(sql, bindings) ?? 0) > 0
    }
}
