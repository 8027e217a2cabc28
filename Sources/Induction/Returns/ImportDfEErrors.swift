import Foundation
import SQLite

/// Reads the file the DfE's service sends back with the rows it rejected (the same CSV with an extra
/// `Error message` column) and marks exactly those exported rows not recorded, with the DfE's
/// message, so the next export offers them again; a "dfe_return.errors_imported" audit event is
/// written in the same transaction. A file whose header is not the DfE's, or with a row that matches
/// no exported row, is refused whole and changes nothing.
public struct ImportDfEErrors: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func importErrors(csv text: String, author: Author) throws -> DfEErrorImport {
        let (records, unclosed) = CSVReader.read(text)
        if let unclosed { throw DfEReturnError.unreadableFile(line: unclosed) }
        guard let header = records.first,
              let kind = DfEReturnKind.allCases.first(where: { $0.errorHeader == header.fields.map(Self.trimmed) }) else {
            throw DfEReturnError.notTheDfEsHeader
        }
        let rows = records.dropFirst().filter { !$0.fields.allSatisfy { Self.trimmed($0).isEmpty } }
        guard !rows.isEmpty else { throw DfEReturnError.noRows }
        let messageIndex = kind.header.count
        let silent = rows.filter { $0.fields.count <= messageIndex || Self.trimmed($0.fields[messageIndex]).isEmpty }.map(\.line)
        guard silent.isEmpty else { throw DfEReturnError.missingErrorMessage(lines: silent) }

        return try store.change { c, stamp in
            var matched: [(rowID: Int, message: String)] = []
            var unmatched: [Int] = []
            for record in rows {
                if let rowID = try Self.exportedRow(for: record.fields, kind: kind, c),
                   !matched.contains(where: { $0.rowID == rowID }) {
                    matched.append((rowID, String(Self.trimmed(record.fields[messageIndex]).prefix(1000))))
                } else {
                    unmatched.append(record.line)
                }
            }
            guard unmatched.isEmpty else { throw DfEReturnError.unmatchedRows(lines: unmatched) }
            for row in matched {
                try c.run("UPDATE dfe_export_rows SET status = 'not_recorded', error_message = ? WHERE id = ?", [row.message, row.rowID])
            }
            let detail = "\(kind.rawValue): \(matched.count) row\(matched.count == 1 ? "" : "s") not recorded by the DfE"
            try AuditEvent(author: author, action: .dfeReturnErrorsImported, recordType: "dfe_export", recordID: nil, detail: detail)
                .record(in: c, at: stamp)
            return DfEErrorImport(kind: kind, markedNotRecorded: matched.count)
        }
    }

    /// The exported (not yet refused) row for this TRN and the period's date: the start date of a
    /// claim, the end date of an outcome (a teacher may be in the same return twice, in two files).
    private static func exportedRow(for fields: [String], kind: DfEReturnKind, _ c: Connection) throws -> Int? {
        guard fields.count > 3, let trn = TRN.normalise(fields[0]) else { return nil }
        let dateColumn = kind == .claims ? "p.start_date" : "p.end_date"
        let date = trimmed(kind == .claims ? fields[3] : fields[2])
        let rows = try c.query(
            """
            SELECT r.id FROM dfe_export_rows r JOIN induction_periods p ON p.id = r.induction_period_id
            WHERE r.kind = ? AND r.trn = ? AND r.status = 'exported' AND \(dateColumn) = ?
            ORDER BY r.export_id DESC LIMIT 1
            """, [kind.rawValue, trn, date])
        return try rows.first?.int("id")
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
