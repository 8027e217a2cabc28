import Foundation
import SQLite

/// What another appropriate body's Induct exported about this ECT and this one imported: shown
/// read-only on the record. Each report's seal is recomputed from the stored content when read.
public struct ImportedRecord: Sendable, Equatable {
    public var sourceAppropriateBody: String
    public var importedAt: String
    public var termsServed: TermsServed
    public var periods: [ExportedPeriod]
    public var absences: [ExportedAbsence]
    public var reports: [ExportedReport]

    /// Every report's content matches its seal and every live signature.
    public var signaturesVerified: Bool { reports.allSatisfy(\.verifies) }

    static func load(ectID: Int, _ c: Connection) throws -> [ImportedRecord] {
        try c.query("SELECT * FROM imported_records WHERE ect_id = ? ORDER BY id", [ectID]).map { row in
            let id = try row.int("id")
            return ImportedRecord(
                sourceAppropriateBody: try row.string("source_appropriate_body"), importedAt: try row.string("imported_at"),
                termsServed: TermsServed(thousandths: try row.int("terms_served")),
                periods: try c.query("SELECT * FROM imported_periods WHERE imported_record_id = ? ORDER BY start_date", [id]).map {
                    ExportedPeriod(schoolName: try $0.string("school_name"), schoolURN: try $0.string("school_urn"),
                                   startDate: try $0.string("start_date"), endDate: try $0.optionalString("end_date"),
                                   termsServedThousandths: try $0.int("terms_served"))
                },
                absences: try c.query("SELECT * FROM imported_absences WHERE imported_record_id = ? ORDER BY start_date", [id]).map {
                    ExportedAbsence(startDate: try $0.string("start_date"), endDate: try $0.string("end_date"), days: try $0.int("days"),
                                    category: try $0.string("category"), ectChoosesToExtend: false)
                },
                reports: try c.query("SELECT * FROM imported_reports WHERE imported_record_id = ? ORDER BY term_number, id", [id])
                    .map { try report($0, c) })
        }
    }

    private static func report(_ row: Row, _ c: Connection) throws -> ExportedReport {
        let id = try row.int("id")
        let decoder = JSONDecoder()
        guard let fields = try? decoder.decode([String: String].self, from: Data(try row.string("fields").utf8)),
              let evidence = try? decoder.decode([ExportedEvidence].self, from: Data(try row.string("evidence").utf8)) else {
            throw RecordDecodingError(table: "imported_reports", column: "fields", id: id)
        }
        return ExportedReport(
            id: try row.int("source_report_id"), kind: try row.string("kind"), termNumber: try row.int("term_number"),
            meetingDate: try row.string("meeting_date"), dueDate: try row.string("due_date"), state: try row.string("state"),
            fields: fields, questions: try row.string("questions"), returnReason: try row.string("return_reason"), submittedAt: nil,
            evidence: evidence,
            signatures: try c.query("SELECT * FROM imported_report_signatures WHERE imported_report_id = ? ORDER BY id", [id]).map {
                ExportedSignature(role: try $0.string("role"), signerName: try $0.string("signer_name"), signedAt: try $0.string("signed_at"),
                                  contentHash: try $0.string("content_hash"), clearedAt: try $0.optionalString("cleared_at"))
            },
            sealHash: try row.string("seal_hash"))
    }
}
