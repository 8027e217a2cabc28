import SQLite

/// Stores the appropriate body's extension or reduction with an "induction.extended" or
/// "induction.reduced" audit event, in one transaction; the calendar moves on the next compute. A
/// reduction replaces the one in force (SG 3.2–3.5), which stays in the history marked replaced.
/// Returns the projected end date afterwards, if the ECT is not leaving.
public struct RecordAdjustment: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func record(_ adjustment: InductionAdjustment, ectID: Int, author: Author) throws -> CalendarDate? {
        try store.change { connection, now in try record(adjustment, ectID: ectID, author: author, in: connection, at: now) }
    }

    /// The same inside another verb's transaction (an extension decided as the induction's outcome).
    @discardableResult
    func record(_ adjustment: InductionAdjustment, ectID: Int, author: Author, in connection: Connection, at now: String) throws -> CalendarDate? {
        guard let record = try ECTRecordLoader().load(ectID: ectID, connection) else { throw ECTRecordError.notFound }
        let replaced = adjustment.kind == .reduction ? record.reductionInForce : nil
        if let replaced {
            try connection.run("UPDATE induction_adjustments SET replaced_at = ? WHERE id = ?", [now, replaced.id])
        }
        try connection.run("""
            INSERT INTO induction_adjustments (ect_id, kind, terms_tenths, reason, ect_consent, decided_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [ectID, adjustment.kind.rawValue, adjustment.terms.roundedTenths, adjustment.reason,
                  adjustment.ectConsented ? 1 : 0, author.userID, now])
        var updated = record
        updated.adjustments.removeAll { $0.id == replaced?.id }
        updated.adjustments.append(adjustment)
        let end = (try? TermCalendar.compute(updated.calendarInput))?.projectedEndDate
        let consent = adjustment.kind == .reduction ? "; the ECT agreed" : ""
        let detail = "\(adjustment.summary): \(adjustment.reason)\(consent)"
            + (replaced.map { "; replaces the reduction to \($0.terms.oneDecimal) terms" } ?? "")
            + (end.map { "; projected end date \($0.ukLong)" } ?? "")
        try AuditEvent(author: author, action: adjustment.kind == .extension ? .inductionExtended : .inductionReduced,
                       recordType: "ect", recordID: ectID, detail: detail)
            .record(in: connection, at: now)
        return end
    }
}
