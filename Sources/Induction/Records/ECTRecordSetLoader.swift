import SQLite

/// Loads the records of many ECTs at once, in a fixed number of set-based queries (one per table,
/// issue 12 item 2: no N+1), inside the caller's read. `ids` is a `SELECT` of ECT ids (a subquery
/// with its own bindings). Each record is what `ECTRecordLoader` gives, without `history`, which
/// only the record page shows.
public struct ECTRecordSetLoader: Sendable {
    public init() {}

    public func load(ids: String, _ bindings: [any SQLBindable], _ c: Connection) throws -> [Int: ECTRecord] {
        let rows = try c.query("SELECT e.*, s.name AS school_name, \(InductionDirectory.currentStaffColumns) "
                               + "FROM ects e JOIN schools s ON s.id = e.school_id WHERE e.id IN (\(ids))", bindings)
        guard !rows.isEmpty else { return [:] }
        let periods = try grouped("SELECT * FROM induction_periods WHERE ect_id IN (\(ids)) ORDER BY ect_id, start_date, id", bindings, c)
        let assignments = try grouped("""
            SELECT a.id, a.ect_id, a.role, a.user_id, a.from_date, a.to_date, u.name
            FROM staff_assignments a JOIN users u ON u.id = a.user_id
            WHERE a.ect_id IN (\(ids)) ORDER BY a.ect_id, a.to_date IS NOT NULL, a.from_date DESC, a.id DESC
            """, bindings, c)
        let unmatched = try grouped("SELECT ect_id, role, name FROM unmatched_staff_names WHERE ect_id IN (\(ids))", bindings, c)
        let fteChanges = try grouped("SELECT * FROM fte_changes WHERE ect_id IN (\(ids)) ORDER BY ect_id, effective_date", bindings, c)
        let absences = try grouped("SELECT * FROM absences WHERE ect_id IN (\(ids)) ORDER BY ect_id, start_date, id", bindings, c)
        let adjustments = try grouped("SELECT * FROM induction_adjustments WHERE ect_id IN (\(ids)) ORDER BY ect_id, id", bindings, c)
        let termDates = try TermDatesStore().load(c)
        var records: [Int: ECTRecord] = [:]
        for row in rows {
            let id = try row.int("id")
            let ect = try InductionDirectory.ect(row, id: id, schoolID: try row.int("school_id"))
            let ownPeriods = try (periods[id] ?? []).map { (row: $0, period: try ECTRecordLoader.period($0)) }
            // As `ECTRecordLoader.period`: the latest period at the current school not rejected or withdrawn.
            let current = try ownPeriods.last { item in
                try item.row.int("school_id") == ect.schoolID && !["rejected", "withdrawn"].contains(try item.row.string("status"))
            }?.period
            let earlier = try ownPeriods.filter { item in
                let confirmed = try item.row.string("status") == "confirmed"
                return confirmed && item.period.id != current?.id && item.period.endDate != nil
            }.map(\.period)
            var names: [AssignmentRole: String] = [:]
            for name in unmatched[id] ?? [] {
                if let role = AssignmentRole(rawValue: try name.string("role")) { names[role] = try name.string("name") }
            }
            func date(_ column: String) throws -> CalendarDate? {
                try row.optionalString(column).map { text in
                    guard let date = CalendarDate(iso: text) else { throw RecordDecodingError(table: "ects", column: column, id: id) }
                    return date
                }
            }
            var record = ECTRecord(
                ect: ect, schoolName: try row.string("school_name"), email: try row.string("email"),
                dateOfBirth: try date("date_of_birth"), qtsDate: try date("qts_date"),
                trainingProgramme: try row.string("training_programme"), leadProvider: try row.string("lead_provider"),
                staffAssignments: try (assignments[id] ?? []).map(StaffAssignments.assignment),
                unmatchedStaffNames: names,
                // SG 2.34: what was served before this AB (typed at registration) and in earlier, closed
                // periods at other schools here.
                termsServedElsewhere: TermsServed(thousandths: try row.int("terms_served_elsewhere")
                                                  + earlier.reduce(0) { $0 + ($1.termsServed?.thousandths ?? 0) }),
                previousAppropriateBody: try row.string("previous_appropriate_body"),
                period: current,
                fteChanges: try (fteChanges[id] ?? []).map(ECTRecordLoader.fteChange),
                absences: try (absences[id] ?? []).map(ECTRecordLoader.absence),
                adjustments: try (adjustments[id] ?? []).map(ECTRecordLoader.adjustment),
                history: [], termDates: termDates)
            record.earlierPeriods = earlier
            records[id] = record
        }
        return records
    }

    private func grouped(_ sql: String, _ bindings: [any SQLBindable], _ c: Connection) throws -> [Int: [Row]] {
        var groups: [Int: [Row]] = [:]
        for row in try c.query(sql, bindings) {
            groups[try row.int("ect_id"), default: []].append(row)
        }
        return groups
    }
}
