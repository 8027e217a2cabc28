import SQLite

/// What a school the ECT has left may still read: its own closed induction period (dates, terms
/// served there, the next school as its leaving form recorded it) and the absences it recorded.
/// Nothing from the ECT's new school: not its name, its people or its absences.
public struct FormerPeriodRecord: Sendable {
    public let ectID: Int
    public let fullName: String
    public let trn: String
    public let schoolName: String
    public let period: InductionPeriod
    public let absences: [StoredAbsence]

    /// The latest closed period at `schoolID`, or nil when the ECT never left that school.
    public static func load(ectID: Int, schoolID: Int, _ connection: Connection) throws -> FormerPeriodRecord? {
        guard let row = try connection.queryOne("""
                SELECT e.first_name, e.last_name, e.trn, s.name AS school_name FROM ects e, schools s WHERE e.id = ? AND s.id = ?
                """, [ectID, schoolID]),
              let period = try ECTRecordLoader().period(ectID: ectID, schoolID: schoolID, connection), period.endDate != nil else { return nil }
        let absences = try connection.query(
            "SELECT * FROM absences WHERE ect_id = ? AND school_id = ? ORDER BY start_date, id", [ectID, schoolID]
        ).map(ECTRecordLoader.absence)
        return FormerPeriodRecord(ectID: ectID, fullName: "\(try row.string("first_name")) \(try row.string("last_name"))",
                                  trn: try row.string("trn"), schoolName: try row.string("school_name"), period: period,
                                  absences: absences)
    }
}
