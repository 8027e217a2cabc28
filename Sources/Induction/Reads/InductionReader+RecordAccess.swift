import SQLite

extension InductionReader {
    /// SG 2.79: the people who can see the ECT's record and why, from the role grants and
    /// assignments `AccessPolicy` decides on; and who opened the ECT's reports, newest first.
    public func recordAccess(ectID: Int) throws -> RecordAccess? {
        try database.read { c in
            guard let schoolID = try c.scalarInt("SELECT school_id FROM ects WHERE id = ?", [ectID]) else { return nil }
            let lastOpened = Dictionary(uniqueKeysWithValues: try c.query("""
                SELECT v.viewer_user_id, max(v.viewed_at) AS last FROM report_views v JOIN reports r ON r.id = v.report_id
                WHERE r.ect_id = ? GROUP BY v.viewer_user_id
                """, [ectID]).map { (try $0.int("viewer_user_id"), try $0.string("last")) })
            let assigned = Dictionary(try c.query(
                "SELECT user_id, role FROM staff_assignments WHERE ect_id = ? AND school_id = ? AND to_date IS NULL", [ectID, schoolID]
            ).map { (try $0.int("user_id"), try $0.string("role")) }, uniquingKeysWith: { first, _ in first })
            var people: [RecordAccessEntry] = []
            for row in try grants(c, "g.school_id = ?", [schoolID]) {
                let userID = try row.int("user_id")
                guard let role = Role(rawValue: try row.string("role")),
                      let reason = Self.currentSchoolReason(role, assignedAs: assigned[userID]) else { continue }
                people.append(RecordAccessEntry(userID: userID, name: try row.string("name"), role: role, place: try row.string("place"),
                                                reason: reason, lastOpenedReportAt: lastOpened[userID]))
            }
            for row in try grants(c, """
                g.school_id IN (SELECT school_id FROM induction_periods WHERE ect_id = ? AND school_id <> ?
                                AND status = 'confirmed' AND end_date IS NOT NULL)
                AND g.role IN ('headteacher', 'induction_lead', 'induction_tutor')
                """, [ectID, schoolID]) {
                let userID = try row.int("user_id")
                guard let role = Role(rawValue: try row.string("role")) else { continue }
                let reason = role == .inductionTutor ? "Reads the reports written while you were at this school"
                    : "Reads your record for your time at this school, and the reports written there"
                people.append(RecordAccessEntry(userID: userID, name: try row.string("name"), role: role, place: try row.string("place"),
                                                reason: reason, lastOpenedReportAt: lastOpened[userID]))
            }
            let bodyName = try InductionDirectory().appropriateBodyName(c) ?? "The appropriate body"
            for row in try grants(c, "g.role IN ('ab_admin', 'ab_officer')", []) {
                let userID = try row.int("user_id")
                guard let role = Role(rawValue: try row.string("role")) else { continue }
                people.append(RecordAccessEntry(userID: userID, name: try row.string("name"), role: role, place: bodyName,
                                                reason: "Reads your record and the reports submitted to the appropriate body",
                                                lastOpenedReportAt: lastOpened[userID]))
            }
            return RecordAccess(people: people, views: try reportViews(c, ectID: ectID, place: bodyName))
        }
    }

    private func grants(_ c: Connection, _ condition: String, _ values: [any SQLBindable]) throws -> [Row] {
        try c.query("""
            SELECT g.user_id, g.role, u.name, coalesce(s.name, '') AS place FROM role_grants g JOIN users u ON u.id = g.user_id
            LEFT JOIN schools s ON s.id = g.school_id
            WHERE u.active = 1 AND g.role <> 'ect' AND \(condition)
            ORDER BY s.name, CASE g.role WHEN 'headteacher' THEN 1 WHEN 'induction_lead' THEN 2 WHEN 'induction_tutor' THEN 3
                     WHEN 'mentor' THEN 4 WHEN 'school_admin' THEN 5 WHEN 'ab_admin' THEN 6 ELSE 7 END, u.name, u.id
            """, values)
    }

    /// Mirrors `AccessPolicy`: school staff read the record by role, a mentor only as this ECT's mentor.
    static func currentSchoolReason(_ role: Role, assignedAs assignment: String?) -> String? {
        switch role {
        case .headteacher where assignment == "tutor", .inductionTutor where assignment == "tutor":
            "Your induction tutor: writes your reports and reads your record"
        case .headteacher: "Reads your record and your reports, and signs them for the school"
        case .inductionLead: "Reads your record and your reports"
        case .inductionTutor: "An induction tutor at your school: can read your record and reports"
        case .mentor where assignment == "mentor": "Your mentor: reads your record and the reports shared with you"
        case .schoolAdmin: "Registers ECTs; cannot read your record or your reports"
        default: nil
        }
    }

    private func reportViews(_ c: Connection, ectID: Int, place bodyName: String) throws -> [ReportViewEntry] {
        try c.query("""
            SELECT v.report_id, v.viewer_role, v.viewed_at, u.name, s.name AS school_name, r.kind, r.term_number
            FROM report_views v JOIN reports r ON r.id = v.report_id JOIN users u ON u.id = v.viewer_user_id
            LEFT JOIN schools s ON s.id = v.viewer_school_id
            WHERE r.ect_id = ? AND v.viewer_role <> 'ect' ORDER BY v.viewed_at DESC, v.id DESC LIMIT ?
            """, [ectID, RecordAccess.viewLimit]).compactMap { row in
            guard let role = Role(rawValue: try row.string("viewer_role")) else { return nil }
            let kind = DueItemKind(rawValue: try row.string("kind"))?.label ?? "Report"
            return ReportViewEntry(reportID: try row.int("report_id"), reportTitle: "\(kind), term \(try row.int("term_number"))",
                                   viewerName: try row.string("name"), role: role,
                                   place: try row.optionalString("school_name") ?? bodyName, viewedAt: try row.string("viewed_at"))
        }
    }
}
