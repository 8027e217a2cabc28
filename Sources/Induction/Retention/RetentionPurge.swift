import SQLite

/// Removes everything that names or belongs to one ECT, inside the caller's transaction and its
/// `retention_purges` row (migration 024). Children go before parents, so every foreign key holds
/// at each step; a table this does not know that still names the ECT fails the purge, which rolls back.
struct RetentionPurge {
    static let marker = Migration024.marker
    let ectID: Int
    let trn: String
    let fullName: String
    let ectEmail: String
    let userIDs: [Int]
    let userEmails: [String]

    init?(ectID: Int, in c: Connection) throws {
        guard let ect = try c.queryOne("SELECT trn, first_name, last_name, email FROM ects WHERE id = ?", [ectID]) else { return nil }
        self.ectID = ectID
        trn = try ect.string("trn")
        fullName = "\(try ect.string("first_name")) \(try ect.string("last_name"))"
        ectEmail = try ect.string("email")
        let users = try c.query("SELECT u.id, u.email FROM role_grants g JOIN users u ON u.id = g.user_id WHERE g.ect_id = ?", [ectID])
        userIDs = try users.map { try $0.int("id") }
        userEmails = try users.map { try $0.string("email") }
    }

    private var reportsOfECT: String { "(SELECT id FROM reports WHERE ect_id = \(ectID))" }
    private var usersOfECT: String { "(\(userIDs.map(String.init).joined(separator: ",")))" }

    func run(at stamp: String, in c: Connection) throws {
        try c.run("INSERT INTO retention_purges (ect_id, started_at) VALUES (?, ?)", [ectID, stamp])
        try anonymiseAudit(c)
        try removeMessages(c)
        try removeReports(c)
        try removeExportLines(c)
        try removeInductionRecords(c)
        try removeAccounts(c)
        try c.run("DELETE FROM ects WHERE id = ?", [ectID])
        try c.run("DELETE FROM retention_purges WHERE ect_id = ?", [ectID])
    }

    /// The trail keeps each event's action, time and record; what named the ECT is replaced.
    private func anonymiseAudit(_ c: Connection) throws {
        let periods = "(SELECT id FROM induction_periods WHERE ect_id = \(ectID))"
        let grants = "(SELECT id FROM role_grants WHERE ect_id = \(ectID))"
        try c.run("""
            UPDATE audit_events SET detail = ? WHERE detail <> ? AND (
              (record_type IN ('ect', 'ects') AND record_id = ?)
              OR (record_type = 'report' AND record_id IN \(reportsOfECT))
              OR (record_type = 'induction_period' AND record_id IN \(periods))
              OR (record_type = 'role_grant' AND record_id IN \(grants))
              OR (record_type = 'user' AND record_id IN \(usersOfECT))
              OR actor_user_id IN \(usersOfECT) OR instr(detail, ?) > 0 OR instr(detail, ?) > 0
              OR (? <> '' AND instr(lower(detail), lower(?)) > 0))
            """, [Self.marker, Self.marker, ectID, fullName, trn, ectEmail, ectEmail])
        try c.run("UPDATE audit_events SET actor = ?, actor_user_id = NULL, client_address = '' WHERE actor_user_id IN \(usersOfECT)",
                  [Self.marker])
    }

    private func removeMessages(_ c: Connection) throws {
        try c.run("DELETE FROM notifications WHERE link IN (SELECT '/reports/' || id FROM reports WHERE ect_id = ?) OR instr(title, ?) > 0",
                  [ectID, fullName])
        try c.run("DELETE FROM report_reminders WHERE report_id IN \(reportsOfECT) OR user_id IN \(usersOfECT)")
        let recipients = ([ectEmail] + userEmails).filter { !$0.isEmpty }.map { $0.lowercased() }
        let placeholders = Array(repeating: "?", count: recipients.count).joined(separator: ",")
        var bindings: [any SQLBindable] = recipients
        bindings += [fullName, fullName, trn]
        try c.run("""
            DELETE FROM outbox_messages WHERE (lower(recipient) IN (\(placeholders.isEmpty ? "''" : placeholders))
                OR instr(subject, ?) > 0 OR instr(body, ?) > 0 OR instr(body, ?) > 0)
              AND id NOT IN (SELECT outbox_message_id FROM report_reminders)
            """, bindings)
    }

    private func removeReports(_ c: Connection) throws {
        try c.run("DELETE FROM report_views WHERE report_id IN \(reportsOfECT) OR viewer_user_id IN \(usersOfECT)")
        let blobs = try c.query("SELECT DISTINCT blob_sha256 FROM evidence_files WHERE report_id IN \(reportsOfECT)")
            .map { try $0.string("blob_sha256") }
        try c.run("DELETE FROM evidence_files WHERE report_id IN \(reportsOfECT)")
        for sha in blobs {
            // Bytes attached to another ECT's report too stay for that report.
            try c.run("DELETE FROM evidence_blobs WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM evidence_files WHERE blob_sha256 = ?)",
                      [sha, sha])
        }
        for table in ["report_signatures", "report_changes", "report_fields"] {
            try c.run("DELETE FROM \(table) WHERE report_id IN \(reportsOfECT)")
        }
        try c.run("DELETE FROM at_risk_entries WHERE ect_id = ? OR report_id IN \(reportsOfECT)", [ectID])
        try c.run("DELETE FROM induction_decisions WHERE ect_id = ?", [ectID])
        try c.run("DELETE FROM reports WHERE ect_id = ?", [ectID])
    }

    /// An exported return is kept as sent, less the lines of records removed under retention.
    private func removeExportLines(_ c: Connection) throws {
        let files = try c.query("SELECT export_id, number, content FROM dfe_export_files WHERE instr(content, ?) > 0", [trn])
        for file in files {
            let content = try file.string("content")
            // DfECSV ends lines with CRLF, which Swift counts as one Character.
            let lineBreak: Character = content.contains("\r\n") ? "\r\n" : "\n"
            let lines = content.split(separator: lineBreak, omittingEmptySubsequences: false)
            let kept = lines.filter { line in !line.split(separator: ",").contains { $0.trimmingQuotes == trn } }
            guard kept.count < lines.count else { continue }
            try c.run("UPDATE dfe_export_files SET content = ? WHERE export_id = ? AND number = ?",
                      [kept.joined(separator: String(lineBreak)), try file.int("export_id"), try file.int("number")])
        }
        try c.run("DELETE FROM dfe_export_rows WHERE trn = ? OR induction_period_id IN (SELECT id FROM induction_periods WHERE ect_id = ?)",
                  [trn, ectID])
    }

    private func removeInductionRecords(_ c: Connection) throws {
        let imported = "(SELECT id FROM imported_records WHERE ect_id = \(ectID))"
        try c.run("DELETE FROM imported_report_signatures WHERE imported_report_id IN (SELECT id FROM imported_reports WHERE imported_record_id IN \(imported))")
        for table in ["imported_reports", "imported_absences", "imported_periods"] {
            try c.run("DELETE FROM \(table) WHERE imported_record_id IN \(imported)")
        }
        for table in ["imported_records", "staff_assignments", "unmatched_staff_names", "fte_changes", "absences", "induction_adjustments",
                      "ect_representations", "lesson_observations", "mentor_meetings", "ect_concerns", "induction_periods"] {
            try c.run("DELETE FROM \(table) WHERE ect_id = ?", [ectID])
        }
    }

    /// The ECT's account goes with the record unless it holds another role, which keeps it.
    private func removeAccounts(_ c: Connection) throws {
        try c.run("DELETE FROM role_grants WHERE ect_id = ?", [ectID])
        try c.run("DELETE FROM users WHERE id IN \(usersOfECT) AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = users.id)")
    }
}
