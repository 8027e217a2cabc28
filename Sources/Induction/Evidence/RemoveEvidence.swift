import SQLite

/// The ECT's tutor or headteacher takes a file off a report. The file is marked removed, never
/// deleted: its row and its bytes stay, so the audit trail can still say what was there.
public struct RemoveEvidence: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when the file had already been removed (a second click changes nothing). Refuses with
    /// an `EvidenceRefusal` as `AttachEvidence` does, or `.noSuchFile` when the report has no such file.
    public func remove(reportID: Int, fileID: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            let report = try EvidenceAccess.writableReport(reportID, author: author, today: store.time.today, c)
            guard let userID = author.userID else { throw EvidenceRefusal.notYours }
            guard let file = try EvidenceRows.load(fileID, reportID: reportID, c) else { throw EvidenceRefusal.noSuchFile }
            guard file.removedAt == nil else { return false }
            try c.run("UPDATE evidence_files SET removed_at = ?, removed_by = ? WHERE id = ?", [stamp, userID, fileID])
            let cleared = try ReportRows.evidenceChanged(report, at: stamp, c)
            try AuditEvent(author: author, action: .evidenceRemoved, recordType: "report", recordID: reportID,
                           detail: "evidence removed: \(file.summary)" + (cleared > 0 ? "; \(cleared) signature(s) cleared" : ""))
                .record(in: c, at: stamp)
            return true
        }
    }
}
