import SQLite

/// Closes the induction period at the ECT's school on the leaving date, with the terms served there
/// in thousandths from the calendar (SG 2.34) and the next school if known, and an "ect.leaving_recorded"
/// audit event, in one transaction. The calendar then shows the interim assessment when one is due
/// (SG 2.62–2.63). Returns the terms served in the period.
public struct RecordLeaving: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func record(leaving date: CalendarDate, nextSchool: String, ectID: Int, author: Author) throws -> TermsServed {
        try store.change { connection, now in
            guard let record = try ECTRecordLoader().load(ectID: ectID, connection), let period = record.period else {
                throw ECTRecordError.notFound
            }
            var input = record.calendarInput
            input.leavingDate = date
            let result = try? TermCalendar.compute(input)
            // Terms served at this school only: the carried-over terms belong to the earlier period.
            let total = result?.termsServed(asOf: date) ?? record.termsServedElsewhere
            let served = TermsServed(thousandths: min(16_000, max(0, total.thousandths - record.termsServedElsewhere.thousandths)))
            try connection.run("UPDATE induction_periods SET end_date = ?, terms_served = ?, next_school = ? WHERE id = ?",
                               [date.iso, served.thousandths, nextSchool, period.id])
            let interim = result?.dueItems.contains { $0.kind == .interimAssessment } == true
            var detail = "leaves on \(date.ukLong) having served \(served.oneDecimal) terms here"
            if !nextSchool.isEmpty { detail += "; next school: \(nextSchool)" }
            if interim { detail += "; interim assessment due" }
            try AuditEvent(author: author, action: .ectLeavingRecorded, recordType: "ect", recordID: ectID, detail: detail)
                .record(in: connection, at: now)
            return served
        }
    }
}
