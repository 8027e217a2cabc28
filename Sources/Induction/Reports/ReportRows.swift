import SQLite

/// Reading and writing a report's rows inside the caller's transaction.
enum ReportRows {
    /// SQL over `reports r`: the day of the meeting the school recorded, else the calendar's day for
    /// the item. A final assessment completes on it (REG 11), and a pass's period ends on it.
    static let recordedMeetingDate =
        "coalesce((SELECT f.value FROM report_fields f WHERE f.report_id = r.id AND f.name = 'meeting-date'), r.meeting_date)"

    static func load(_ id: Int, _ c: Connection) throws -> Report? {
        guard let row = try c.queryOne("SELECT * FROM reports WHERE id = ?", [id]) else { return nil }
        func date(_ column: String) throws -> CalendarDate {
            guard let date = CalendarDate(iso: try row.string(column)) else {
                throw RecordDecodingError(table: "reports", column: column, id: id)
            }
            return date
        }
        guard let kind = DueItemKind(rawValue: try row.string("kind")) else {
            throw RecordDecodingError(table: "reports", column: "kind", id: id)
        }
        guard let state = ReportState(rawValue: try row.string("state")) else {
            throw RecordDecodingError(table: "reports", column: "state", id: id)
        }
        let fields = try c.query("SELECT name, value FROM report_fields WHERE report_id = ?", [id])
            .map { (try $0.string("name"), try $0.string("value")) }
        var report = Report(id: id, ectID: try row.int("ect_id"), schoolID: try row.int("school_id"),
                      periodID: try row.int("induction_period_id"), kind: kind, termNumber: try row.int("term_number"),
                      meetingDate: try date("meeting_date"), earliestSubmission: try date("earliest_submission"),
                      dueDate: try date("due_date"), state: state, version: try row.int("version"),
                      content: ReportContent(fields: Dictionary(fields) { _, last in last }),
                      questions: try row.string("questions"), returnReason: try row.string("return_reason"),
                      signatures: try signatures(id, c), updatedAt: try row.string("updated_at"),
                      submittedAt: try row.optionalString("submitted_at"))
        report.evidenceHashes = try c.query(
            "SELECT blob_sha256 FROM evidence_files WHERE report_id = ? AND removed_at IS NULL ORDER BY blob_sha256", [id]
        ).map { try $0.string("blob_sha256") }
        return report
    }

    /// Evidence attached or removed is an edit like any other (issue 9 item 7): every live signature
    /// is cleared and a report in signing goes back to "shared", at the next version. Returns how
    /// many signatures were cleared.
    static func evidenceChanged(_ report: Report, at stamp: String, _ c: Connection) throws -> Int {
        let state = (try? ReportWorkflow.state(after: .edit, from: report.state, kind: report.kind, signed: report.signedRoles))
            ?? report.state
        let cleared = try c.run("UPDATE report_signatures SET cleared_at = ? WHERE report_id = ? AND cleared_at IS NULL", [stamp, report.id])
        try c.run("UPDATE reports SET state = ?, version = version + 1, updated_at = ? WHERE id = ?", [state.rawValue, stamp, report.id])
        return cleared
    }

    static func signatures(_ reportID: Int, _ c: Connection) throws -> [ReportSignature] {
        try c.query("SELECT * FROM report_signatures WHERE report_id = ? ORDER BY id", [reportID]).map { row in
            guard let role = SignerRole(rawValue: try row.string("role")) else {
                throw RecordDecodingError(table: "report_signatures", column: "role", id: try row.int("id"))
            }
            return ReportSignature(role: role, userID: try row.int("user_id"), signerName: try row.string("signer_name"),
                                   signedAt: try row.string("signed_at"), contentHash: try row.string("content_hash"),
                                   clearedAt: try row.optionalString("cleared_at"))
        }
    }

    /// Writes the fields that differ from `report`'s, records each in the history, clears every live
    /// signature (issue 9 item 7) and moves the report to `state` at the next version. Returns the
    /// changed field names.
    static func change(_ report: Report, to content: ReportContent, state: ReportState, author: Author, at stamp: String,
                       _ c: Connection) throws -> [String] {
        let changed = content.changedFields(from: report.content)
        guard !changed.isEmpty else { return [] }
        let version = report.version + 1
        for name in changed {
            try c.run("INSERT INTO report_fields (report_id, name, value) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value",
                      [report.id, name, content[name]])
            try c.run("""
                INSERT INTO report_changes (report_id, version, field, old_value, new_value, user_id, author, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [report.id, version, name, report.content[name], content[name], author.userID, author.name, stamp])
        }
        try c.run("UPDATE report_signatures SET cleared_at = ? WHERE report_id = ? AND cleared_at IS NULL", [stamp, report.id])
        try c.run("UPDATE reports SET state = ?, version = ?, updated_at = ? WHERE id = ?", [state.rawValue, version, stamp, report.id])
        return changed
    }

    static func move(_ report: Report, to state: ReportState, at stamp: String, _ c: Connection) throws {
        try c.run("UPDATE reports SET state = ?, updated_at = ? WHERE id = ?", [state.rawValue, stamp, report.id])
    }
}
