/// Issue 10 item 7: the appropriate body's check that a school's school-led programme covers the
/// framework in full, one per school and academic year (re-recording replaces it; history is in the audit).
enum Migration017 {
    static let sql = """
    CREATE TABLE programme_checks (
        id INTEGER PRIMARY KEY,
        school_id INTEGER NOT NULL REFERENCES schools(id),
        -- The year the academic year starts: 2026 is 2026 to 2027.
        academic_year INTEGER NOT NULL CHECK (academic_year BETWEEN 2021 AND 2100),
        checked_on TEXT NOT NULL CHECK (date(checked_on, '+0 days') IS checked_on),
        outcome TEXT NOT NULL CHECK (outcome IN ('covers-in-full', 'gaps-to-address', 'does-not-cover')),
        notes TEXT NOT NULL CHECK (length(notes) <= 5000),
        follow_up TEXT NOT NULL CHECK (length(follow_up) <= 2000),
        follow_up_by TEXT CHECK (follow_up_by IS NULL OR (date(follow_up_by, '+0 days') IS follow_up_by AND follow_up_by >= checked_on)),
        recorded_by INTEGER REFERENCES users(id),
        recorded_at TEXT NOT NULL,
        UNIQUE (school_id, academic_year),
        -- A check that found gaps says what the school must do next.
        CHECK (outcome = 'covers-in-full' OR length(trim(follow_up)) > 0),
        -- The check falls inside its academic year, which starts on 1 August as the term calendar's does.
        CHECK (checked_on BETWEEN printf('%04d-08-01', academic_year) AND printf('%04d-07-31', academic_year + 1))
    ) STRICT;
    """
}
