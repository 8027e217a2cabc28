import SQLite

extension InductionReader {
    /// Issue 10 item 7: every school with ECTs in induction on a school-led programme, those still to
    /// be checked this academic year first, in one read.
    public func programmeCheckStatuses(today: CalendarDate) throws -> [ProgrammeCheckStatus] {
        let year = AcademicYear(containing: today)
        return try database.read { c in
            let checks = try c.query(ProgrammeCheckRows.select + " WHERE p.academic_year <= ? ORDER BY p.academic_year DESC",
                                     [year.startYear]).map(ProgrammeCheckRows.check)
            let latest = Dictionary(grouping: checks, by: \.schoolID)
            return try c.query("""
                SELECT s.id, s.name, s.urn, l.ects FROM (\(ProgrammeCheckRows.schoolLedInInduction)) l
                JOIN schools s ON s.id = l.school_id ORDER BY s.name, s.id
                """).map { row in
                let schoolID = try row.int("id")
                let mine = latest[schoolID] ?? []
                return ProgrammeCheckStatus(schoolID: schoolID, schoolName: try row.string("name"), urn: try row.string("urn"),
                                            schoolLedECTs: try row.int("ects"), thisYear: mine.first { $0.year == year },
                                            lastEarlier: mine.first { $0.year < year })
            }.sorted { ($0.isDue ? 0 : 1, $0.schoolName) < ($1.isDue ? 0 : 1, $1.schoolName) }
        }
    }

    /// One school's checks, or nil when there is no such school.
    public func programmeChecks(schoolID: Int) throws -> SchoolProgrammeChecks? {
        try database.read { c in try ProgrammeCheckRows.school(schoolID, c) }
    }
}
