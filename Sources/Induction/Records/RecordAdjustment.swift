import SQLite

/// Stores the appropriate body's extension or reduction with an "induction.extended" or
/// "induction.reduced" audit event, in one transaction; the calendar moves on the next compute. A
/// reduction replaces the one in force (SG 3.2–3.5), which stays in the history marked replaced.
/// Returns the projected end date afterwards, if the ECT is not leaving.
public struct RecordAdjustment: Sendable {
    public let time: any TimeSource

    public init(time: any TimeSource) {
        self.time = time
    }

    @discardableResult
    public func record(_ adjustment: InductionAdjustment, ectID: Int, in connection: Connection, actor: String,
                       actorUserID: Int?, clientAddress: String) throws -> CalendarDate? {
        let now = time.timestamp
        return try connection.transaction {
            guard let record = try ECTRecordLoader().load(ectID: ectID, connection) else { throw ECTRecordError.notFound }
            let replaced = adjustment.kind == .reduction ? record.reductionInForce : nil
            if let replaced {
                try connection.run("UPDATE induction_adjustments SET replaced_at = ? WHERE id = ?", [now, replaced.id])
            }
            try connection.run("""
                INSERT INTO induction_adjustments (ect_id, kind, terms_tenths, reason, ect_consent, decided_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [ectID, adjustment.kind.rawValue, adjustment.terms.roundedTenths, adjustment.reason,
                      adjustment.ectConsented ? 1 : 0, actorUserID, now])
            var updated = record
            updated.adjustments.removeAll { $0.id == replaced?.id }
            updated.adjustments.append(adjustment)
            let end = (try? TermCalendar.compute(updated.calendarInput))?.projectedEndDate
            let consent = adjustment.kind == .reduction ? "; the ECT agreed" : ""
            let detail = "\(adjustment.summary): \(adjustment.reason)\(consent)"
                + (replaced.map { "; replaces the reduction to \($0.terms.oneDecimal) terms" } ?? "")
                + (end.map { "; projected end date \($0.ukLong)" } ?? "")
            try AuditEvent(actor: actor, actorUserID: actorUserID,
                           action: adjustment.kind == .extension ? .inductionExtended : .inductionReduced,
                           recordType: "ect", recordID: ectID, detail: detail, clientAddress: clientAddress)
                .record(in: connection, at: now)
            return end
        }
    }
}
