import SQLite

/// Makes the next claims or outcomes return to the DfE from what is new since the last (issue 10
/// item 5), records each row it carries in `dfe_export_rows` and writes a "dfe_return.exported"
/// audit event, in one transaction. Refused (nothing changes) when there is nothing new to send.
public struct ExportDfEReturn: Sendable {
    let store: InductionStore
    var candidates = DfEReturnCandidates()

    public init(store: InductionStore) { self.store = store }

    init(store: InductionStore, decisions: any DfEDecisionSource) {
        self.store = store
        self.candidates = DfEReturnCandidates(decisions: decisions)
    }

    public func export(_ kind: DfEReturnKind, author: Author) throws -> DfEExport {
        let today = store.time.today
        return try store.change { c, stamp in
            let preview = try candidates.preview(kind, c, today: today)
            guard !preview.rows.isEmpty else { throw DfEReturnError.nothingToExport(kind) }
            try c.run("INSERT INTO dfe_exports (kind, file_count, row_count, exported_by, exported_at) VALUES (?, ?, ?, ?, ?)",
                      [kind.rawValue, preview.files.count, preview.rows.count, author.name, stamp])
            let id = Int(c.lastInsertRowID)
            let insert = try c.prepare("INSERT INTO dfe_export_rows (export_id, kind, induction_period_id, trn) VALUES (?, ?, ?, ?)")
            for row in preview.rows {
                insert.reset()
                try insert.bind([id, kind.rawValue, row.periodID, row.trn])
                _ = try insert.step()
            }
            for (number, file) in preview.files.enumerated() {
                try c.run("INSERT INTO dfe_export_files (export_id, number, content) VALUES (?, ?, ?)", [id, number + 1, file.text])
            }
            var detail = "\(kind.rawValue): \(preview.rows.count) row\(preview.rows.count == 1 ? "" : "s") in \(preview.files.count) file\(preview.files.count == 1 ? "" : "s")"
            if !preview.refused.isEmpty { detail += "; \(preview.refused.count) not sent" }
            try AuditEvent(author: author, action: .dfeReturnExported, recordType: "dfe_export", recordID: id, detail: detail)
                .record(in: c, at: stamp)
            return DfEExport(id: id, kind: kind, files: preview.files, refused: preview.refused)
        }
    }
}
