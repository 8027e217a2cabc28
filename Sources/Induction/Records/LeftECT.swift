import SQLite

/// An ECT who has left a school: their latest period there closed before today. The school's list
/// shows them apart from its current ECTs, with the leaving date and the next school as recorded.
public struct LeftECT: Sendable, Equatable {
    public let ectID: Int
    public let fullName: String
    public let trn: String
    public let leftOn: CalendarDate
    public let nextSchool: String
    /// The school the ECT's record is at now: this school until another registers them.
    public let currentSchoolID: Int

    /// Everyone who has left `schoolID` by `today`, most recent first.
    public static func list(schoolID: Int, today: CalendarDate, _ connection: Connection) throws -> [LeftECT] {
        try connection.query("""
            SELECT e.id, e.first_name, e.last_name, e.trn, e.school_id, p.end_date, p.next_school
            FROM induction_periods p JOIN ects e ON e.id = p.ect_id
            WHERE p.school_id = ?1 AND p.status = 'confirmed' AND p.end_date IS NOT NULL AND p.end_date < ?2
              AND NOT EXISTS (SELECT 1 FROM induction_periods later WHERE later.ect_id = p.ect_id AND later.school_id = ?1
                              AND later.status NOT IN ('rejected', 'withdrawn') AND later.start_date > p.start_date)
            ORDER BY p.end_date DESC, e.last_name, e.first_name
            """, [schoolID, today.iso]).map { row in
            let id = try row.int("id")
            guard let leftOn = CalendarDate(iso: try row.string("end_date")) else {
                throw RecordDecodingError(table: "induction_periods", column: "end_date", id: id)
            }
            return LeftECT(ectID: id, fullName: "\(try row.string("first_name")) \(try row.string("last_name"))", trn: try row.string("trn"),
                           leftOn: leftOn, nextSchool: try row.string("next_school"), currentSchoolID: try row.int("school_id"))
        }
    }
}
