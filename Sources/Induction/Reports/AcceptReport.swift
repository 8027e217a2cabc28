/// The appropriate body accepts a submitted report; the tutor and the ECT are told.
public struct AcceptReport: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func accept(reportID: Int, author: Author) throws {
        try store.change { c, stamp in
            let check = try ReportStepCheck(reportID, .accept, author: author, today: store.time.today, c)
            try c.run("UPDATE reports SET state = ?, decided_at = ?, updated_at = ? WHERE id = ?", [check.next.rawValue, stamp, stamp, reportID])
            try AuditEvent(author: author, action: .reportAccepted, recordType: "report", recordID: reportID).record(in: c, at: stamp)
            try ReportNotices(baseURL: store.baseURL).send(.accepted, "A report has been accepted", "The appropriate body has accepted the report.",
                                                     to: .signers([.tutor, .ect]), about: check.report,
                                                     ectName: try ReportStepCheck.ectName(check.report, c), at: stamp, c)
        }
    }
}
