/// One progress review or formal assessment with every field, its signatures and evidence. `id` is
/// the exporting deployment's report number, which the seal covers (`ReportContent.sealHash`).
public struct ExportedReport: Codable, Sendable, Equatable {
    public var id: Int
    public var kind: String
    public var termNumber: Int
    public var meetingDate: String
    public var dueDate: String
    public var state: String
    public var fields: [String: String]
    public var questions: String
    public var returnReason: String
    public var submittedAt: String?
    public var evidence: [ExportedEvidence]
    public var signatures: [ExportedSignature]
    public var sealHash: String

    public var content: ReportContent { ReportContent(fields: fields) }

    /// The seal recomputed from what the document says, never the `sealHash` it carries.
    public var recomputedSealHash: String? {
        guard let kind = DueItemKind(rawValue: kind) else { return nil }
        return content.sealHash(reportID: id, kind: kind, termNumber: termNumber, questions: questions,
                                evidence: evidence.filter { $0.removedAt == nil }.map(\.sha256))
    }

    public var liveSignatures: [ExportedSignature] { signatures.filter { $0.clearedAt == nil } }

    /// The document's seal is the content's, and every live signature seals that content.
    public var verifies: Bool {
        guard let hash = recomputedSealHash, hash == sealHash else { return false }
        return liveSignatures.allSatisfy { $0.contentHash == hash }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, termNumber = "term_number", meetingDate = "meeting_date", dueDate = "due_date", state, fields, questions
        case returnReason = "return_reason", submittedAt = "submitted_at", evidence, signatures, sealHash = "seal_hash"
    }
}
