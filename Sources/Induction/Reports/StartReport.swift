import SQLite

/// The ECT's tutor or headteacher starts the report for one review or assessment the ECT's term
/// calendar has due (issue 9). Starting it twice (a double-click) returns the same report.
public struct StartReport: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The report's id. Refuses `.notDue` when the calendar has no such item, `.notYours` unless the
    /// author writes this ECT's reports.
    public func start(ectID: Int, kind: DueItemKind, termNumber: Int, author: Author) throws -> Int {
        try store.change { c, stamp in
            guard let record = try ECTRecordLoader().load(ectID: ectID, c), let period = record.period,
                  try c.scalarInt("SELECT count(*) FROM induction_periods WHERE id = ? AND status = 'confirmed'", [period.id]) == 1,
                  let item = try? TermCalendar.compute(record.calendarInput).dueItems
                      .first(where: { $0.kind == kind && $0.forTermNumber == termNumber })
            else { throw ReportRefusal.notDue }
            if let existing = try c.scalarInt("SELECT id FROM reports WHERE induction_period_id = ? AND kind = ? AND term_number = ?",
                                              [period.id, kind.rawValue, termNumber]) {
                return existing
            }
            let probe = Report(id: 0, ectID: ectID, schoolID: record.ect.schoolID, periodID: period.id, kind: kind, termNumber: termNumber,
                               meetingDate: item.date, earliestSubmission: item.earliestSubmission, dueDate: item.dueDate, state: .draft,
                               version: 1, content: ReportContent(), questions: "[]", returnReason: "", signatures: [], updatedAt: stamp)
            guard try ReportParticipation.of(author.userID, in: probe, today: store.time.today, c).writes else {
                throw ReportRefusal.notYours(.edit)
            }
            try c.run("""
                INSERT INTO reports (ect_id, school_id, induction_period_id, kind, term_number, meeting_date, earliest_submission,
                                     due_date, questions, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [ectID, record.ect.schoolID, period.id, kind.rawValue, termNumber, item.date.iso, item.earliestSubmission.iso,
                      max(item.dueDate, item.earliestSubmission).iso, ReportQuestionSet.snapshot(kind: kind, c), author.userID, stamp, stamp])
            let id = Int(c.lastInsertRowID)
            try AuditEvent(author: author, action: .reportStarted, recordType: "report", recordID: id,
                           detail: "\(kind.label), term \(termNumber), ECT \(ectID)")
                .record(in: c, at: stamp)
            return id
        }
    }
}
