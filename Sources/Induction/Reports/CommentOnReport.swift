/// The ECT adds their comments to a shared report (issue 9 item 8): their own text, which nobody else
/// edits, and they cannot change the school's. Like any edit it clears the signatures.
public struct CommentOnReport: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func comment(reportID: Int, comments: String, basedOn version: Int, author: Author) throws {
        try store.change { c, stamp in
            let check = try ReportStepCheck(reportID, .comment, author: author, today: store.time.today, c)
            let report = check.report
            try ReportStepCheck.checkVersion(report, basedOn: version, c)
            guard comments.count <= ReportContent.textLimit else {
                throw ReportRefusal.incomplete(ValidationErrors([
                    ReportContent.ectCommentsField: "Must be \(ReportContent.textLimit.formatted()) characters or fewer",
                ]))
            }
            var content = report.content
            content.fields[ReportContent.ectCommentsField] = comments
            guard try !ReportRows.change(report, to: content, state: check.next, author: author, at: stamp, c).isEmpty else { return }
            try AuditEvent(author: author, action: .reportCommented, recordType: "report", recordID: report.id,
                           detail: report.liveSignatures.isEmpty ? "" : "\(report.liveSignatures.count) signature(s) cleared")
                .record(in: c, at: stamp)
        }
    }
}
