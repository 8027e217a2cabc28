import SQLite

/// A person a reminder or a chase is sent to.
struct ReminderRecipient: Sendable, Hashable {
    let userID: Int
    let name: String
    let email: String

    /// A report's people (issue 11 item 7): the ECT's current tutor, the school's induction leads
    /// and the ECT; the school's headteachers too for a formal assessment. Active accounts only.
    static func forReport(ectID: Int, schoolID: Int, kind: DueItemKind, _ c: Connection) throws -> [ReminderRecipient] {
        var sql = [
            "SELECT a.user_id AS id FROM staff_assignments a WHERE a.ect_id = ? AND a.role = 'tutor' AND a.to_date IS NULL",
            "SELECT g.user_id AS id FROM role_grants g WHERE g.role = 'induction_lead' AND g.school_id = ?",
            "SELECT g.user_id AS id FROM role_grants g WHERE g.role = 'ect' AND g.ect_id = ?",
        ]
        var bindings: [any SQLBindable] = [ectID, schoolID, ectID]
        if kind.isFormalAssessment {
            sql.append("SELECT g.user_id AS id FROM role_grants g WHERE g.role = 'headteacher' AND g.school_id = ?")
            bindings.append(schoolID)
        }
        return try people(sql.joined(separator: " UNION "), bindings, c)
    }

    /// Who a chase goes to: the school's induction leads and headteachers, nobody else.
    static func schoolLeaders(schoolID: Int, _ c: Connection) throws -> [ReminderRecipient] {
        try people("SELECT g.user_id AS id FROM role_grants g WHERE g.role IN ('induction_lead', 'headteacher') AND g.school_id = ?",
                   [schoolID], c)
    }

    private static func people(_ ids: String, _ bindings: [any SQLBindable], _ c: Connection) throws -> [ReminderRecipient] {
        try c.query("SELECT u.id, u.name, u.email FROM users u WHERE u.active = 1 AND u.id IN (\(ids)) ORDER BY u.email", bindings)
            .map { ReminderRecipient(userID: try $0.int("id"), name: try $0.string("name"), email: try $0.string("email")) }
    }
}
