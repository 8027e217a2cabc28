import SQLite

/// Issue 9 item 12: each step tells whoever is asked next, in their notifications and by email
/// through the outbox, with a link (issue 11 item 6).
struct ReportNotices {
    let baseURL: String

    /// The people holding `roles` on the report (its ECT's current tutor, the school's headteachers,
    /// the ECT), or every appropriate body officer and admin for `.appropriateBody`.
    enum Audience: Sendable, Equatable {
        case signers([SignerRole])
        case appropriateBody
    }

    func send(_ kind: NotificationKind, _ subject: String, _ lead: String, to audience: Audience, about report: Report, ectName: String,
              at stamp: String, _ c: Connection) throws {
        let path = "/reports/\(report.id)"
        let link = baseURL + path
        for (name, email) in try recipients(audience, report, c) {
            let body = """
            Dear \(name),

            \(lead)

            \(report.kind.label), term \(report.termNumber), for \(ectName):
            \(link)

            This email was sent by Induct for your appropriate body.
            """
            try PersonNotice(kind: kind, email: OutgoingEmail(recipient: email, subject: subject, body: body),
                             title: "\(subject): \(report.kind.label), term \(report.termNumber), for \(ectName)", link: path)
                .deliver(in: c, at: stamp)
        }
    }

    private func recipients(_ audience: Audience, _ report: Report, _ c: Connection) throws -> [(String, String)] {
        var sql: [String] = []
        var bindings: [any SQLBindable] = []
        switch audience {
        case .appropriateBody:
            sql.append("SELECT u.name, u.email FROM users u JOIN role_grants g ON g.user_id = u.id WHERE u.active = 1 AND g.role IN ('ab_admin', 'ab_officer')")
        case .signers(let roles):
            if roles.contains(.tutor) {
                sql.append("""
                    SELECT u.name, u.email FROM users u JOIN staff_assignments a ON a.user_id = u.id
                    WHERE u.active = 1 AND a.ect_id = ? AND a.role = 'tutor' AND a.to_date IS NULL
                    """)
                bindings.append(report.ectID)
            }
            if roles.contains(.headteacher) {
                sql.append("SELECT u.name, u.email FROM users u JOIN role_grants g ON g.user_id = u.id WHERE u.active = 1 AND g.role = 'headteacher' AND g.school_id = ?")
                bindings.append(report.schoolID)
            }
            if roles.contains(.ect) {
                sql.append("SELECT u.name, u.email FROM users u JOIN role_grants g ON g.user_id = u.id WHERE u.active = 1 AND g.role = 'ect' AND g.ect_id = ?")
                bindings.append(report.ectID)
            }
        }
        guard !sql.isEmpty else { return [] }
        let rows = try c.query("SELECT DISTINCT name, email FROM (" + sql.joined(separator: " UNION ") + ") ORDER BY email", bindings)
        return try rows.map { (try $0.string("name"), try $0.string("email")) }
    }
}
