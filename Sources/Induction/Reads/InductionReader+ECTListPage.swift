import SQLite

extension InductionReader {
    /// A page of the list of schools and ECTs; `urn` keeps one school's rows. The counts and the
    /// page's rows are each kept by `cachedRead` until the next change.
    /// `window` turns the number of rows into the page's limit and offset.
    public func ectListPage(urn: String?, window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> ECTListPage {
        let urn = urn.flatMap { $0.isEmpty ? nil : $0 }
        // The counts read every ECT's index entry and every school: kept until the next change.
        let (ectCount, schoolCount, emptySchools) = try cachedRead("ect list counts \(urn ?? "")") { c in
            let schools = "SELECT id FROM schools WHERE ?1 IS NULL OR urn = ?1"
            // Over Migration025's ects_by_registration_status: the whole list's count never reads the table.
            let ectCount = try (urn.map { urn in
                try c.scalarInt("""
                    SELECT count(*) FROM ects WHERE registration_status = 'confirmed' AND school_id = (SELECT id FROM schools WHERE urn = ?)
                    """, [urn])
            } ?? c.scalarInt("SELECT count(*) FROM ects WHERE registration_status = 'confirmed'")) ?? 0
            let schoolCount = try c.scalarInt("SELECT count(*) FROM (\(schools))", [urn]) ?? 0
            let emptySchools = try c.scalarInt("""
                SELECT count(*) FROM (\(schools)) s WHERE NOT EXISTS (
                    SELECT 1 FROM ects e WHERE e.school_id = s.id AND e.registration_status = 'confirmed')
                """, [urn]) ?? 0
            return (ectCount, schoolCount, emptySchools)
        }
        let rowCount = ectCount + emptySchools
        let (limit, offset) = window(rowCount)
        // 50 rows, each with its tutor and mentor by correlated lookups: 41% of the page's time was SQLite.
        return try cachedRead("ect list page \(limit) \(offset) \(urn ?? "")") { c in
            ECTListPage(rowCount: rowCount, ectCount: ectCount, schoolCount: schoolCount,
                        rosters: try InductionDirectory().rosters(c, schoolID: nil, urn: urn, limit: limit, offset: offset))
        }
    }
}
