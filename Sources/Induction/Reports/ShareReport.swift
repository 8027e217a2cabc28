/// The school shares a complete draft with the ECT, who is emailed to read it, comment and sign.
public struct ShareReport: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func share(reportID: Int, author: Author) throws {
        try store.change { c, stamp in
            let check = try ReportStepCheck(reportID, .share, author: author, today: store.time.today, c)
            let problems = check.report.form.completenessProblems(check.report.content)
            guard problems.isEmpty else { throw ReportRefusal.incomplete(ValidationErrors(problems)) }
            try ReportRows.move(check.report, to: check.next, at: stamp, c)
            try AuditEvent(author: author, action: .reportShared, recordType: "report", recordID: reportID).record(in: c, at: stamp)
            try ReportNotices(baseURL: store.baseURL).send(.sharedWithMe, "A report is ready for your comments",
                                                     "\(author.name) has shared a report with you. Read it, add your comments and sign it.",
                                                     to: .signers([.ect]), about: check.report,
                                                     ectName: try ReportStepCheck.ectName(check.report, c), at: stamp, c)
        }
    }
}
