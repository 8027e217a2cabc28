import SQLite

extension InductionReader {
    /// The returns to the DfE as of `today` (issue 10 item 5), in one read.
    public func dfeReturnsPage(today: CalendarDate) throws -> DfEReturnsPage {
        try database.read { c in
            let candidates = DfEReturnCandidates()
            let exports = try c.query(
                """
                SELECT x.id, x.kind, x.file_count, x.row_count, x.exported_by, x.exported_at,
                       (SELECT count(*) FROM dfe_export_rows r WHERE r.export_id = x.id AND r.status = 'not_recorded') AS not_recorded
                FROM dfe_exports x ORDER BY x.id DESC
                """).map {
                DfEExportSummary(id: try $0.int("id"), kind: DfEReturnKind(rawValue: try $0.string("kind")) ?? .claims,
                                 fileCount: try $0.int("file_count"), rowCount: try $0.int("row_count"),
                                 notRecordedCount: try $0.int("not_recorded"), exportedBy: try $0.string("exported_by"),
                                 exportedAt: try $0.string("exported_at"))
            }
            let notRecorded = try c.query(
                """
                SELECT r.export_id, r.kind, r.induction_period_id, r.trn, r.error_message FROM dfe_export_rows r
                WHERE r.status = 'not_recorded' AND NOT EXISTS (
                    SELECT 1 FROM dfe_export_rows later WHERE later.kind = r.kind
                      AND later.induction_period_id = r.induction_period_id AND later.status <> 'not_recorded')
                ORDER BY r.export_id DESC, r.id
                """).map {
                DfENotRecordedRow(exportID: try $0.int("export_id"), kind: DfEReturnKind(rawValue: try $0.string("kind")) ?? .claims,
                                  periodID: try $0.int("induction_period_id"), trn: try $0.string("trn"),
                                  errorMessage: try $0.string("error_message"))
            }
            return DfEReturnsPage(claims: try candidates.claims(c, today: today), outcomes: try candidates.outcomes(c, today: today),
                                  exports: exports, notRecorded: notRecorded)
        }
    }

    /// One file of a past export, exactly as sent, or nil.
    public func dfeExportFile(exportID: Int, number: Int) throws -> (kind: DfEReturnKind, text: String)? {
        try database.read { c in
            guard let row = try c.queryOne("""
                SELECT x.kind, f.content FROM dfe_export_files f JOIN dfe_exports x ON x.id = f.export_id
                WHERE f.export_id = ? AND f.number = ?
                """, [exportID, number]), let kind = DfEReturnKind(rawValue: try row.string("kind")) else { return nil }
            return (kind, try row.string("content"))
        }
    }
}
