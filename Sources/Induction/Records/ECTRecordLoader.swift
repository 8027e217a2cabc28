import SQLite

/// Loads one ECT's whole record, history included, in a handful of queries (one per table), inside the
/// caller's read.
public struct ECTRecordLoader: Sendable {
    public init() {}

    public func load(ectID id: Int, _ connection: Connection) throws -> ECTRecord? {
        // One way to build a record: the set loader's, for a set of one, plus the history only this
        // loader's callers (the record page, exports) show.
        guard var record = try ECTRecordSetLoader().load(ids: "?", [id], connection)[id] else { return nil }
        record.history = try connection.query(
            "SELECT * FROM audit_events WHERE record_type = 'ect' AND record_id = ? ORDER BY id DESC LIMIT 200", [id]
        ).map(AuditEvent.init(row:))
        return record
    }

    /// The latest induction period at the ECT's current school that was not rejected.
    public func period(ectID: Int, schoolID: Int, _ connection: Connection) throws -> InductionPeriod? {
        try connection.queryOne("""
            SELECT * FROM induction_periods WHERE ect_id = ? AND school_id = ? AND status NOT IN ('rejected', 'withdrawn')
            ORDER BY start_date DESC LIMIT 1
            """, [ectID, schoolID]).map(Self.period)
    }

    static func period(_ row: Row) throws -> InductionPeriod {
        let id = try row.int("id")
        guard let start = CalendarDate(iso: try row.string("start_date")) else {
            throw RecordDecodingError(table: "induction_periods", column: "start_date", id: id)
        }
        return InductionPeriod(id: id, startDate: start, endDate: try row.optionalString("end_date").flatMap(CalendarDate.init(iso:)),
                               termsServed: try row.optionalInt("terms_served").map(TermsServed.init(thousandths:)),
                               nextSchool: try row.string("next_school"))
    }

    static func fteChange(_ row: Row) throws -> FTEChange {
        guard let effective = CalendarDate(iso: try row.string("effective_date")), let fte = FTE(percent: try row.int("fte_percent")) else {
            throw RecordDecodingError(table: "fte_changes", column: "effective_date", id: try row.int("id"))
        }
        return FTEChange(effective: effective, fte: fte)
    }

    static func absence(_ row: Row) throws -> StoredAbsence {
        let id = try row.int("id")
        guard let start = CalendarDate(iso: try row.string("start_date")), let end = CalendarDate(iso: try row.string("end_date")),
              let category = AbsenceCategory(rawValue: try row.string("category")),
              let absence = Absence(start: start, end: end, days: try row.int("days"), category: category,
                                    ectChoosesToExtend: try row.bool("ect_chooses_to_extend")) else {
            throw RecordDecodingError(table: "absences", column: "start_date", id: id)
        }
        return StoredAbsence(id: id, absence: absence, recordedAt: try row.string("created_at"), schoolID: try row.optionalInt("school_id") ?? 0)
    }

    static func adjustment(_ row: Row) throws -> InductionAdjustment {
        let id = try row.int("id")
        guard let kind = InductionAdjustment.Kind(rawValue: try row.string("kind")) else {
            throw RecordDecodingError(table: "induction_adjustments", column: "kind", id: id)
        }
        return InductionAdjustment(id: id, kind: kind, terms: TermsServed(tenths: try row.int("terms_tenths")),
                                   reason: try row.string("reason"), ectConsented: try row.bool("ect_consent"),
                                   decidedAt: try row.string("created_at"), replacedAt: try row.optionalString("replaced_at"))
    }
}
