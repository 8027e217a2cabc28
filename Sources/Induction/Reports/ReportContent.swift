import Foundation
import Security

/// What a report says: the school's fields and the ECT's comments, by field name, plus the AB's
/// questions it was written with. Its canonical form (sorted JSON, `SealedReportJSON`) is what a signature seals.
public struct ReportContent: Sendable, Equatable {
    /// The ECT's own field: nobody else writes it (issue 9 item 8).
    public static let ectCommentsField = "ect-comments"
    public static let textLimit = 10_000

    public var fields: [String: String]

    public init(fields: [String: String] = [:]) { self.fields = fields }

    public subscript(name: String) -> String { fields[name] ?? "" }

    public var ectComments: String { self[Self.ectCommentsField] }

    /// SHA-256 of the canonical content of the report `reportID` (its kind and term included, so a
    /// signature cannot be carried to another report), with the SHA-256 of each evidence file.
    public func sealHash(reportID: Int, kind: DueItemKind, termNumber: Int, questions: String, evidence: [String] = []) -> String {
        Digest.sha256Hex(SealedReportJSON.bytes(report: reportID, kind: kind.rawValue, term: termNumber,
                                                fields: fields.filter { !$0.value.isEmpty }, questions: questions,
                                                evidence: evidence.sorted()))
    }

    /// The fields whose text differs from `earlier`, by name, sorted; a blank field equals a missing one.
    public func changedFields(from earlier: ReportContent) -> [String] {
        Set(fields.keys).union(earlier.fields.keys).filter { self[$0] != earlier[$0] }.sorted()
    }
}
