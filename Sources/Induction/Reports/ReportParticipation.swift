import SQLite

/// What one person is to one report: which signatures they may give, whether they write the
/// school's text (the ECT's current tutor or the school's headteacher, never the mentor: SG 2.45),
/// and whether they act for the appropriate body.
public struct ReportParticipation: Sendable, Equatable {
    public let signerRoles: Set<SignerRole>
    public let isAppropriateBody: Bool

    public var writes: Bool { signerRoles.contains(.tutor) || signerRoles.contains(.headteacher) }

    static func of(_ userID: Int?, in report: Report, today: CalendarDate, _ c: Connection) throws -> ReportParticipation {
        guard let userID else { return ReportParticipation(signerRoles: [], isAppropriateBody: false) }
        var roles: Set<SignerRole> = []
        if try count("""
            SELECT count(*) FROM staff_assignments
            WHERE ect_id = ? AND school_id = ? AND user_id = ? AND role = 'tutor' AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)
            """, [report.ectID, report.schoolID, userID, today.iso, today.iso], c) {
            roles.insert(.tutor)
        }
        if try count("SELECT count(*) FROM role_grants WHERE user_id = ? AND role = 'headteacher' AND school_id = ?",
                     [userID, report.schoolID], c) {
            roles.insert(.headteacher)
        }
        if try count("SELECT count(*) FROM role_grants WHERE user_id = ? AND role = 'ect' AND ect_id = ?", [userID, report.ectID], c) {
            roles.insert(.ect)
        }
        let body = try count("SELECT count(*) FROM role_grants WHERE user_id = ? AND role IN ('ab_admin', 'ab_officer')", [userID], c)
        return ReportParticipation(signerRoles: roles, isAppropriateBody: body)
    }

    private static func count(_ sql: String, _ bindings: [any SQLBindable], _ c: Connection) throws -> Bool {
        (try c.scalarInt(sql, bindings) ?? 0) > 0
    }
}
