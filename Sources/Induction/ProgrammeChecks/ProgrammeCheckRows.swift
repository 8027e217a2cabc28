import SQLite

/// The SQL the programme-check reads share.
enum ProgrammeCheckRows {
    /// Programmes the school designs and delivers itself, in today's name and the earlier ones.
    static let schoolLed = "('school-led', 'core-induction-programme', 'school-designed')"

    /// ECTs with an open, confirmed induction at their school on a school-led programme.
    static let schoolLedInInduction = """
        SELECT e.school_id, count(*) AS ects FROM ects e
        WHERE e.training_programme IN \(schoolLed)
          AND EXISTS (SELECT 1 FROM induction_periods p WHERE p.ect_id = e.id AND p.status = 'confirmed' AND p.end_date IS NULL)
        GROUP BY e.school_id
        """

    static let select = """
        SELECT p.id, p.school_id, p.academic_year, p.checked_on, p.outcome, p.notes, p.follow_up, p.follow_up_by,
               COALESCE(u.name, 'Induct') AS recorded_by
        FROM programme_checks p LEFT JOIN users u ON u.id = p.recorded_by
        """

    static func check(_ row: Row) throws -> ProgrammeCheck {
        guard let checked = CalendarDate(iso: try row.string("checked_on")),
              let outcome = ProgrammeCheckOutcome(rawValue: try row.string("outcome")) else {
            throw RecordDecodingError(table: "programme_checks", column: "outcome", id: try row.int("id"))
        }
        return ProgrammeCheck(id: try row.int("id"), schoolID: try row.int("school_id"), year: AcademicYear(startYear: try row.int("academic_year")),
                              checkedOn: checked, outcome: outcome, notes: try row.string("notes"), followUp: try row.string("follow_up"),
                              followUpBy: try row.optionalString("follow_up_by").flatMap(CalendarDate.init(iso:)),
                              recordedBy: try row.string("recorded_by"))
    }

    static func school(_ schoolID: Int, _ c: Connection) throws -> SchoolProgrammeChecks? {
        guard let name = try c.queryOne("SELECT name FROM schools WHERE id = ?", [schoolID]) else { return nil }
        return SchoolProgrammeChecks(
            schoolID: schoolID, schoolName: try name.string("name"),
            checks: try c.query(select + " WHERE p.school_id = ? ORDER BY p.academic_year DESC", [schoolID]).map(check),
            schoolLedECTs: try c.scalarInt("SELECT ects FROM (\(schoolLedInInduction)) WHERE school_id = ?", [schoolID]) ?? 0)
    }
}
