/// The ECT's tutor or the headteacher saves the school's text of a report, as a draft or while it
/// is with the school. Any change clears the signatures and is recorded field by field (issue 9
/// items 5 and 7); a save that did not start from the current version is refused (item 5).
public struct SaveReport: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// `fields` are the school's fields as typed; a field left out is blank. Returns the changed
    /// field names (none: nothing was written).
    @discardableResult
    public func save(reportID: Int, fields: [String: String], basedOn version: Int, author: Author) throws -> [String] {
        try store.change { c, stamp in
            let check = try ReportStepCheck(reportID, .edit, author: author, today: store.time.today, c)
            let report = check.report
            try ReportStepCheck.checkVersion(report, basedOn: version, c)
            var content = ReportContent(fields: fields.filter { $0.key != ReportContent.ectCommentsField })
            let problems = report.form.draftProblems(content)
            guard problems.isEmpty else { throw ReportRefusal.incomplete(ValidationErrors(problems)) }
            content.fields[ReportContent.ectCommentsField] = report.content.ectComments
            let state = content.changedFields(from: report.content).isEmpty ? report.state : check.next
            let changed = try ReportRows.change(report, to: content, state: state, author: author, at: stamp, c)
            guard !changed.isEmpty else { return [] }
            // SG 2.61: the final assessment's report is due 10 working days after its meeting.
            if report.kind == .finalFormalAssessment, changed.contains("meeting-date"), let meeting = CalendarDate(iso: content["meeting-date"]) {
                let due = WorkingDays().adding(10, to: meeting)
                try c.run("UPDATE reports SET due_date = ?, earliest_submission = min(earliest_submission, ?) WHERE id = ?",
                          [due.iso, due.iso, report.id])
            }
            let cleared = report.liveSignatures.isEmpty ? "" : "; \(report.liveSignatures.count) signature(s) cleared"
            try AuditEvent(author: author, action: .reportSaved, recordType: "report", recordID: report.id,
                           detail: "changed: " + changed.joined(separator: ", ") + cleared)
                .record(in: c, at: stamp)
            return changed
        }
    }
}
