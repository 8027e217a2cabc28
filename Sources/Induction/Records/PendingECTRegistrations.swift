import SQLite

/// Registrations waiting for the appropriate body, oldest first, in one query.
struct PendingECTRegistrations: Sendable {
    init() {}

    /// Every pending registration, or only one school's.
    func list(schoolID: Int? = nil, _ connection: Connection) throws -> [PendingECTRegistration] {
        try connection.query(Self.select + " WHERE p.status = 'pending' AND (?1 IS NULL OR p.school_id = ?1) ORDER BY p.created_at, p.id",
                             [schoolID]).map(PendingECTRegistration.init(row:))
    }

    /// One pending registration by its induction period's id; nil when there is none or it is decided.
    func find(periodID: Int, _ connection: Connection) throws -> PendingECTRegistration? {
        try connection.queryOne(Self.select + " WHERE p.status = 'pending' AND p.id = ?", [periodID]).map(PendingECTRegistration.init(row:))
    }

    /// The pending registration `periodID` at `schoolID`, or nil: another school's is nil.
    func find(periodID: Int, schoolID: Int, _ connection: Connection) throws -> PendingECTRegistration? {
        try find(periodID: periodID, connection).flatMap { $0.schoolID == schoolID ? $0 : nil }
    }

    func count(_ connection: Connection) throws -> Int {
        try connection.scalarInt("SELECT count(*) FROM induction_periods WHERE status = 'pending'") ?? 0
    }

    static let select = """
        SELECT p.id AS period_id, p.ect_id, p.school_id, p.start_date, p.created_at, s.name AS school_name,
               e.first_name, e.last_name, e.trn, e.email, e.fte_percent, e.date_of_birth, e.qts_date, e.training_programme,
               e.terms_served_elsewhere,
               EXISTS (SELECT 1 FROM induction_periods q WHERE q.ect_id = p.ect_id AND q.status = 'confirmed') AS is_transfer,
               (SELECT group_concat(o.trn) FROM ects o
                WHERE o.id <> e.id AND o.date_of_birth = e.date_of_birth
                  AND lower(trim(o.first_name)) = lower(trim(e.first_name)) AND lower(trim(o.last_name)) = lower(trim(e.last_name))
               ) AS same_name_and_birth_trns
        FROM induction_periods p JOIN ects e ON e.id = p.ect_id JOIN schools s ON s.id = p.school_id
        """
}
