import SQLite

/// The appropriate body records the day it told the ECT, the headteacher and the employer of its
/// decision, and for a fail or an extension the day it told the TRA (SG 2.69).
public struct RecordNoticesSent: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func record(sentOn: CalendarDate, teachingRegulationAgencyToldOn: CalendarDate? = nil, ectID: Int, author: Author) throws {
        try store.change { c, stamp in
            guard let row = try c.queryOne("SELECT id, outcome, decided_on FROM induction_decisions WHERE ect_id = ?", [ectID]),
                  let outcome = InductionOutcome(rawValue: try row.string("outcome")),
                  let decided = CalendarDate(iso: try row.string("decided_on")) else { throw DecisionRefusal.noDecisionYet }
            let today = store.time.today
            guard sentOn <= today, (teachingRegulationAgencyToldOn.map { $0 <= today } ?? true) else { throw DecisionRefusal.dateInTheFuture }
            guard sentOn >= decided, (teachingRegulationAgencyToldOn.map { $0 >= decided } ?? true) else {
                throw DecisionRefusal.noticesBeforeDeciding
            }
            if teachingRegulationAgencyToldOn != nil, !outcome.isAppealable {
                throw DecisionRefusal.teachingRegulationAgencyOnlyForFailOrExtension
            }
            try c.run("UPDATE induction_decisions SET notices_sent_on = ?, tra_told_on = ? WHERE id = ?",
                      [sentOn.iso, teachingRegulationAgencyToldOn?.iso, try row.int("id")])
            let detail = "Notices sent on \(sentOn.ukLong)"
                + (teachingRegulationAgencyToldOn.map { "; the Teaching Regulation Agency told on \($0.ukLong)" } ?? "")
            try AuditEvent(author: author, action: .inductionNoticesSent, recordType: "ect", recordID: ectID, detail: detail)
                .record(in: c, at: stamp)
        }
    }
}
