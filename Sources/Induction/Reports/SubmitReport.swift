/// The school submits a fully signed report to the appropriate body, whose officers are emailed. A
/// report saying the ECT is not on track also puts them on the AB's at-risk list at once, with an
/// email that says so (SG 4.1–4.5, issue 9 item 9).
public struct SubmitReport: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func submit(reportID: Int, author: Author) throws {
        try store.change { c, stamp in
            let check = try ReportStepCheck(reportID, .submit, author: author, today: store.time.today, c)
            let report = check.report
            // Every seal must still match: a signature over other content is no signature.
            guard report.signaturesHold else {
                throw ReportRefusal.missingSignatures(report.liveSignatures.filter { $0.contentHash != report.sealHash }.map(\.role))
            }
            try c.run("UPDATE reports SET state = ?, submitted_at = ?, updated_at = ?, return_reason = '' WHERE id = ?",
                      [check.next.rawValue, stamp, stamp, reportID])
            let concern = report.form.raisesConcern(report.content)
            try AuditEvent(author: author, action: .reportSubmitted, recordType: "report", recordID: reportID,
                           detail: concern ? "not on track: ECT added to the at-risk list" : "")
                .record(in: c, at: stamp)
            if concern {
                try c.run("""
                    INSERT INTO at_risk_entries (ect_id, report_id, joined_at) VALUES (?, ?, ?)
                    ON CONFLICT (ect_id) WHERE left_at IS NULL DO UPDATE SET report_id = excluded.report_id
                    """, [report.ectID, reportID, stamp])
            }
            let ect = try ReportStepCheck.ectName(report, c)
            let lead = concern
                ? "\(author.name) has submitted a report saying \(ect) is not on track. They are on your at-risk list with the support plan."
                : "\(author.name) has submitted a report for quality assurance."
            try ReportNotices(baseURL: store.baseURL).send(concern ? .notOnTrack : .submitted, concern ? "At risk: \(ect) is not on track" : "A report has been submitted",
                                                     lead, to: .appropriateBody, about: report, ectName: ect, at: stamp, c)
        }
    }
}
