/// The walking skeleton: the appropriate body, its schools, their ECTs, and the audit trail.
/// Dates are ISO text checked by `date(x, '+0 days') IS x` (the modifier makes SQLite normalise
/// 30 February to 2 March, so impossible days fail); timestamps are UTC ISO 8601 text.
enum Migration001 {
    static let sql = """
    CREATE TABLE appropriate_bodies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE schools (
        id INTEGER PRIMARY KEY,
        appropriate_body_id INTEGER NOT NULL REFERENCES appropriate_bodies(id),
        urn TEXT NOT NULL UNIQUE CHECK (length(urn) = 6 AND urn NOT GLOB '*[^0-9]*'),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        local_authority TEXT NOT NULL DEFAULT '' CHECK (length(local_authority) <= 100),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX schools_by_body ON schools(appropriate_body_id, name);

    CREATE TABLE ects (
        id INTEGER PRIMARY KEY,
        school_id INTEGER NOT NULL REFERENCES schools(id),
        first_name TEXT NOT NULL CHECK (length(trim(first_name)) BETWEEN 1 AND 100),
        last_name TEXT NOT NULL CHECK (length(trim(last_name)) BETWEEN 1 AND 100),
        trn TEXT NOT NULL UNIQUE CHECK (length(trn) = 7 AND trn NOT GLOB '*[^0-9]*'),
        -- SG 2.11-2.16: never before 1 September 2021 for ECTs under these arrangements.
        induction_start_date TEXT NOT NULL
            CHECK (date(induction_start_date, '+0 days') IS induction_start_date AND induction_start_date >= '2021-09-01'),
        fte_percent INTEGER NOT NULL CHECK (fte_percent BETWEEN 10 AND 100),
        tutor_name TEXT NOT NULL CHECK (length(trim(tutor_name)) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ects_by_school ON ects(school_id, last_name, first_name);

    CREATE TABLE audit_events (
        id INTEGER PRIMARY KEY,
        occurred_at TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
        action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
        record_type TEXT NOT NULL,
        record_id INTEGER,
        detail TEXT NOT NULL DEFAULT '',
        client_address TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX audit_events_by_record ON audit_events(record_type, record_id);

    -- The audit trail is append-only, even for a bug.
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
    CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
    """
}
