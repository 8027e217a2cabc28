import SQLite

/// Who is told when an ECT reaches 30 days' absence in a year of induction (SG 3.6; REG 8): the
/// school's headteachers, and the appropriate body's admins and officers. Active accounts only.
enum ThresholdRecipients {
    static func addresses(schoolID: Int, _ connection: Connection) throws -> [String] {
        try connection.query("""
            SELECT DISTINCT u.email FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE u.active = 1 AND ((g.role = 'headteacher' AND g.school_id = ?) OR g.role IN ('ab_admin', 'ab_officer'))
            ORDER BY u.email
            """, [schoolID]).map { try $0.string("email") }
    }
}
