import SQLite

/// The domain's reads for the web layer: each method opens its own read, so no caller needs SQL
/// or a connection.
public struct InductionReader: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// `Database.cachedRead` kept under the change counter (Migration028), so page views, which
    /// write only bookkeeping, leave cached results in place.
    func cachedRead<T: Sendable>(_ key: String, _ body: (Connection) throws -> T) throws -> T {
        try database.cachedRead(key, version: ChangeCounter.query, body)
    }

    /// True once the database answers and has been migrated (the health check).
    public func isMigrated() -> Bool {
        ((try? database.readOneStatement { try $0.scalarInt("SELECT 1 FROM schema_migrations LIMIT 1") }) ?? nil) != nil
    }

    public func appropriateBodyName() throws -> String? {
        try database.read { try InductionDirectory().appropriateBodyName($0) }
    }

    public func schoolExists(id: Int) throws -> Bool {
        try database.read { try $0.scalarInt("SELECT count(*) FROM schools WHERE id = ?", [id]) ?? 0 } > 0
    }

    public func schoolName(id: Int) throws -> String? {
        try database.read { try $0.queryOne("SELECT name FROM schools WHERE id = ?", [id])?.string("name") }
    }

    /// The ECT's current school, or nil when there is no such ECT.
    public func schoolID(ofECT id: Int) throws -> Int? {
        try database.read { try $0.scalarInt("SELECT school_id FROM ects WHERE id = ?", [id]) }
    }

    /// True when the ECT has a closed, confirmed induction period at that school.
    public func hasLeft(ectID: Int, schoolID: Int) throws -> Bool {
        try database.read {
            try $0.scalarInt("""
                SELECT count(*) FROM induction_periods
                WHERE ect_id = ? AND school_id = ? AND status = 'confirmed' AND end_date IS NOT NULL
                """, [ectID, schoolID]) ?? 0
        } > 0
    }

    /// The appropriate body's home figures, from one snapshot.
    /// Cached until the next change (`cachedRead`): the counts read every school and ECT.
    public func appropriateBodySummary() throws -> AppropriateBodySummary {
        try cachedRead("ab summary") { connection in
            // Counts, not the list: the same figures as the ECT list's summary.
            return AppropriateBodySummary(
                bodyName: try InductionDirectory().appropriateBodyName(connection),
                schoolCount: try connection.scalarInt("SELECT count(*) FROM schools") ?? 0,
                ectCount: try connection.scalarInt("SELECT count(*) FROM ects WHERE registration_status = 'confirmed'") ?? 0,
                pendingSchoolRegistrations: try connection.scalarInt(
                    "SELECT count(*) FROM school_registration_requests WHERE status = 'pending'") ?? 0,
                pendingECTRegistrations: try PendingECTRegistrations().count(connection))
        }
    }
}
