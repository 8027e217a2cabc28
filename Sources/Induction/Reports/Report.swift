/// One progress review or formal assessment as stored: which due item it is, where it stands,
/// what it says and who has signed it.
public struct Report: Sendable, Identifiable {
    public var id: Int
    public var ectID: Int
    public var schoolID: Int
    public var periodID: Int
    public var kind: DueItemKind
    public var termNumber: Int
    /// The day the review or assessment meeting is held (the due item's date).
    public var meetingDate: CalendarDate
    public var earliestSubmission: CalendarDate
    public var dueDate: CalendarDate
    public var state: ReportState
    public var version: Int
    public var content: ReportContent
    /// The AB's questions as the report was started with them (JSON text).
    public var questions: String
    public var returnReason: String
    public var signatures: [ReportSignature]
    /// The SHA-256 of each evidence file attached, sorted: the evidence is sealed with the text.
    public var evidenceHashes: [String] = []
    public var updatedAt: String
    public var submittedAt: String?

    /// The school's fields of this kind, with the questions the report was started with.
    public var form: ReportForm { ReportForm(kind: kind, questions: ReportQuestionSet.decode(questions)) }

    /// The signatures an edit has not cleared.
    public var liveSignatures: [ReportSignature] { signatures.filter { $0.clearedAt == nil } }

    public var signedRoles: Set<SignerRole> { Set(liveSignatures.map(\.role)) }

    public var sealHash: String {
        content.sealHash(reportID: id, kind: kind, termNumber: termNumber, questions: questions, evidence: evidenceHashes)
    }

    /// Every live signature still matches the content (issue 9 item 7's verification).
    public var signaturesHold: Bool { signaturesHold(seal: sealHash) }

    /// As `signaturesHold`, against a seal the caller has already computed (it encodes the whole report).
    public func signaturesHold(seal: String) -> Bool { liveSignatures.allSatisfy { $0.contentHash == seal } }
}
