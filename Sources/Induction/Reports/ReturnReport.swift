import Foundation

/// The appropriate body returns a submitted report for amendment with its reasons; it goes back to
/// the school, which edits it (clearing the signatures) and everyone signs again.
public struct ReturnReport: Sendable {
    public static let reasonLimit = 2000

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func returnForAmendment(reportID: Int, reasons: String, author: Author) throws {
        let text = reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= Self.reasonLimit else { throw ReportRefusal.reasonRequired }
        try store.change { c, stamp in
            let check = try ReportStepCheck(reportID, .returnForAmendment, author: author, today: store.time.today, c)
            try c.run("UPDATE reports SET state = ?, return_reason = ?, decided_at = ?, updated_at = ? WHERE id = ?",
                      [check.next.rawValue, text, stamp, stamp, reportID])
            try AuditEvent(author: author, action: .reportReturned, recordType: "report", recordID: reportID,
                           detail: "\(text.count) characters of reasons")
                .record(in: c, at: stamp)
            try ReportNotices(baseURL: store.baseURL).send(.returned, "A report has been returned for amendment",
                                                     "The appropriate body has returned the report:\n\n\(text)",
                                                     to: .signers([.tutor, .headteacher]), about: check.report,
                                                     ectName: try ReportStepCheck.ectName(check.report, c), at: stamp, c)
        }
    }
}
