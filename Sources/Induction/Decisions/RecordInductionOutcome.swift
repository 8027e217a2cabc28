import SQLite

/// The appropriate body records its decision on the headteacher's recommendation (SG 2.67): pass,
/// fail or an extension. An extension is also stored as the induction's extension, so the term
/// calendar runs on (SG 3.8–3.10). The ECT and the headteacher are emailed; the letters follow.
public struct RecordInductionOutcome: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Returns the decision's id.
    @discardableResult
    public func record(_ entry: InductionOutcomeEntry, ectID: Int, author: Author) throws -> Int {
        try store.change { c, stamp in
            guard try c.scalarInt("SELECT count(*) FROM ects WHERE id = ?", [ectID]) ?? 0 > 0 else { throw DecisionRefusal.noSuchECT }
            guard let final = try FinalAssessment.latest(ectID: ectID, c), final.state == .accepted, !final.recommendation.isEmpty else {
                throw DecisionRefusal.finalAssessmentNotAccepted
            }
            guard try c.scalarInt("SELECT count(*) FROM induction_decisions WHERE ect_id = ?", [ectID]) ?? 0 == 0 else {
                throw DecisionRefusal.alreadyDecided
            }
            if let problem = entry.problem(receivedOn: final.recommendationReceivedOn, today: store.time.today) { throw problem }
            try c.run("""
                INSERT INTO induction_decisions (ect_id, final_report_id, recommendation_received_on, outcome, extension_terms_tenths,
                                                 decided_on, ect_told_in_writing_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [ectID, final.reportID, final.recommendationReceivedOn.iso, entry.outcome.rawValue,
                      entry.extensionTerms?.roundedTenths, entry.decidedOn.iso, entry.ectToldInWritingOn?.iso, author.userID, stamp])
            let decisionID = Int(c.lastInsertRowID)
            if entry.outcome == .extension, let terms = entry.extensionTerms {
                let adjustment = InductionAdjustment(id: 0, kind: .extension, terms: terms,
                                                    reason: "Decided as the outcome of induction on \(entry.decidedOn.ukLong) (SG 2.67)",
                                                    ectConsented: false, decidedAt: stamp)
                try RecordAdjustment(store: store).record(adjustment, ectID: ectID, author: author, in: c, at: stamp)
            }
            try AuditEvent(author: author, action: .inductionOutcomeRecorded, recordType: "ect", recordID: ectID,
                           detail: Self.detail(entry)).record(in: c, at: stamp)
            if let report = try ReportRows.load(final.reportID, c) {
                try ReportNotices(baseURL: store.baseURL).send(
                    .decisionRecorded, "The outcome of the induction has been recorded",
                    "The appropriate body has recorded its decision on the induction: \(Self.summary(entry)). A letter with the decision follows.",
                    to: .signers([.headteacher, .ect]), about: report, ectName: try ReportStepCheck.ectName(report, c), at: stamp, c)
            }
            return decisionID
        }
    }

    static func summary(_ entry: InductionOutcomeEntry) -> String {
        switch entry.outcome {
        case .pass: "passed"
        case .fail: "failed"
        case .extension: "extended by \(entry.extensionTerms?.oneDecimal ?? "") terms"
        }
    }

    static func detail(_ entry: InductionOutcomeEntry) -> String {
        var text = "\(entry.outcome.label)"
        if let terms = entry.extensionTerms { text += ": \(terms.oneDecimal) terms" }
        text += "; decided on \(entry.decidedOn.ukLong)"
        if let told = entry.ectToldInWritingOn { text += "; the ECT told in writing on \(told.ukLong)" }
        return text
    }
}
