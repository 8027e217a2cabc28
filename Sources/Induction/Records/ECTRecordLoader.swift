import SQLite

/// Loads one ECT's whole record in a handful of queries (one per table), inside the caller's read.
public struct ECTRecordLoader: Sendable {
    public init() {}

    public func load(ectID id: Int, _ connection: Connection) throws -> ECTRecord? {
        guard let row = try connection.queryOne(
            "SELECT e.*, s.name AS school_name, \(InductionDirectory.currentStaffColumns) FROM ects e JOIN schools s ON s.id = e.school_id "
                + "WHERE e.id = ?", [id]) else { return nil }
        func date(_ column: String) throws -> CalendarDate? {
            try row.optionalString(column).map { text in
                guard let date = CalendarDate(iso: text) else { throw RecordDecodingError(table: "ects", column: column, id: id) }
                return date
            }
        }
        guard let start = try date("induction_start_date") else { throw RecordDecodingError(table: "ects", column: "induction_start_date", id: id) }
        guard let fte = FTE(percent: try row.int("fte_percent")) else { throw RecordDecodingError(table: "ects", column: "fte_percent", id: id) }
        let schoolID = try row.int("school_id")
        let ect = ECT(id: id, schoolID: schoolID, firstName: try row.string("first_name"), lastName: try row.string("last_name"),
                      trn: try row.string("trn"), inductionStartDate: start, fte: fte,
                      tutor: try InductionDirectory.person(row, "current_tutor"),
                      mentor: try InductionDirectory.person(row, "current_mentor"))
        let current = try period(ectID: id, schoolID: schoolID, connection)
        // SG 2.34: a transfer carries over what was served before this AB (typed at registration) and
        // in this teacher's earlier, closed periods at other schools here.
        let servedInEarlierPeriods = try connection.scalarInt(
            "SELECT coalesce(sum(terms_served), 0) FROM induction_periods WHERE ect_id = ? AND id <> ? AND status = 'confirmed' AND end_date IS NOT NULL",
            [id, current?.id ?? 0]) ?? 0
        var record = ECTRecord(
            ect: ect, schoolName: try row.string("school_name"), email: try row.string("email"),
            dateOfBirth: try date("date_of_birth"), qtsDate: try date("qts_date"),
            trainingProgramme: try row.string("training_programme"), leadProvider: try row.string("lead_provider"),
            staffAssignments: try StaffAssignments().history(ectID: id, connection),
            unmatchedStaffNames: try StaffAssignments().unmatchedNames(ectID: id, connection),
            termsServedElsewhere: TermsServed(thousandths: try row.int("terms_served_elsewhere") + servedInEarlierPeriods),
            previousAppropriateBody: try row.string("previous_appropriate_body"),
            period: current,
            fteChanges: try connection.query("SELECT * FROM fte_changes WHERE ect_id = ? ORDER BY effective_date", [id]).map(Self.fteChange),
            absences: try connection.query("SELECT * FROM absences WHERE ect_id = ? ORDER BY start_date, id", [id]).map(Self.absence),
            adjustments: try connection.query("SELECT * FROM induction_adjustments WHERE ect_id = ? ORDER BY id", [id]).map(Self.adjustment),
            history: try connection.query(
                "SELECT * FROM audit_events WHERE record_type = 'ect' AND record_id = ? ORDER BY id DESC LIMIT 200", [id]
            ).map(AuditEvent.init(row:)),
            termDates: try TermDatesStore().load(connection))
        record.earlierPeriods = try connection.query("""
            SELECT * FROM induction_periods WHERE ect_id = ? AND id <> ? AND status = 'confirmed' AND end_date IS NOT NULL
            ORDER BY start_date
            """, [id, current?.id ?? 0]).map(Self.period)
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
