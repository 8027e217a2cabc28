/// Issue 7 items 10–11: an ECT's induction tutor and mentor are staff accounts, each assignment
/// dated so the record shows who was tutor or mentor when. `ects.tutor_name` and `ects.mentor_name`
/// stay as they were (migrations are append-only) but are no longer read.
enum Migration007 {
    static let sql = """
    CREATE TABLE staff_assignments (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        school_id INTEGER NOT NULL REFERENCES schools(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        role TEXT NOT NULL CHECK (role IN ('tutor', 'mentor')),
        from_date TEXT NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
        to_date TEXT CHECK (to_date IS NULL OR (date(to_date, '+0 days') IS to_date AND to_date >= from_date)),
        -- NULL when this migration matched a name recorded before accounts were chosen.
        assigned_by INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL
    ) STRICT;
    -- At most one current tutor and one current mentor per ECT.
    CREATE UNIQUE INDEX one_current_staff_assignment ON staff_assignments(ect_id, role) WHERE to_date IS NULL;
    CREATE INDEX staff_assignments_by_user ON staff_assignments(user_id, role, to_date);

    -- The tutor holds the induction tutor or headteacher role, the mentor the mentor role, at the ECT's school.
    CREATE TRIGGER staff_assignments_need_the_role BEFORE INSERT ON staff_assignments
    WHEN NEW.school_id IS NOT (SELECT school_id FROM ects WHERE id = NEW.ect_id) OR NOT EXISTS (
        SELECT 1 FROM role_grants g WHERE g.user_id = NEW.user_id AND g.school_id = NEW.school_id
          AND ((NEW.role = 'tutor' AND g.role IN ('induction_tutor', 'headteacher')) OR (NEW.role = 'mentor' AND g.role = 'mentor')))
    BEGIN SELECT RAISE(ABORT, 'a tutor or mentor must hold the role at the ECT''s school'); END;
    -- History is kept: an assignment is only ever closed, once.
    CREATE TRIGGER staff_assignments_close_only BEFORE UPDATE ON staff_assignments
    WHEN NEW.ect_id IS NOT OLD.ect_id OR NEW.school_id IS NOT OLD.school_id OR NEW.user_id IS NOT OLD.user_id
      OR NEW.role IS NOT OLD.role OR NEW.from_date IS NOT OLD.from_date OR NEW.assigned_by IS NOT OLD.assigned_by
      OR NEW.created_at IS NOT OLD.created_at OR OLD.to_date IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a staff assignment can only be closed, once'); END;
    CREATE TRIGGER staff_assignments_no_delete BEFORE DELETE ON staff_assignments
    BEGIN SELECT RAISE(ABORT, 'staff assignments are kept as history'); END;

    -- The tutor and mentor a school chose when registering, applied when the appropriate body confirms.
    ALTER TABLE induction_periods ADD COLUMN tutor_user_id INTEGER REFERENCES users(id);
    ALTER TABLE induction_periods ADD COLUMN mentor_user_id INTEGER REFERENCES users(id);

    -- Names typed before this migration that match no account are kept to show, never to grant access.
    CREATE TABLE unmatched_staff_names (
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        role TEXT NOT NULL CHECK (role IN ('tutor', 'mentor')),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        PRIMARY KEY (ect_id, role)
    ) STRICT;

    -- Exact names, ignoring case and surrounding or doubled spaces, of one account at the school with the role.
    CREATE TEMP TABLE legacy_names AS
    SELECT e.id AS ect_id, e.school_id, 'tutor' AS role, trim(e.tutor_name) AS name,
           lower(replace(replace(replace(trim(e.tutor_name), '  ', ' '), '  ', ' '), '  ', ' ')) AS folded,
           coalesce((SELECT start_date FROM induction_periods p WHERE p.ect_id = e.id AND p.school_id = e.school_id
                     AND p.status <> 'rejected' ORDER BY p.start_date DESC LIMIT 1), e.induction_start_date) AS from_date
    FROM ects e WHERE trim(e.tutor_name) <> ''
    UNION ALL
    SELECT e.id, e.school_id, 'mentor', trim(e.mentor_name),
           lower(replace(replace(replace(trim(e.mentor_name), '  ', ' '), '  ', ' '), '  ', ' ')),
           coalesce((SELECT start_date FROM induction_periods p WHERE p.ect_id = e.id AND p.school_id = e.school_id
                     AND p.status <> 'rejected' ORDER BY p.start_date DESC LIMIT 1), e.induction_start_date)
    FROM ects e WHERE trim(e.mentor_name) <> '';

    CREATE TEMP TABLE legacy_matches AS
    SELECT l.ect_id, l.school_id, l.role, l.from_date, min(u.id) AS user_id, count(DISTINCT u.id) AS candidates
    FROM legacy_names l
    JOIN role_grants g ON g.school_id = l.school_id
      AND ((l.role = 'tutor' AND g.role IN ('induction_tutor', 'headteacher')) OR (l.role = 'mentor' AND g.role = 'mentor'))
    JOIN users u ON u.id = g.user_id
      AND lower(replace(replace(replace(trim(u.name), '  ', ' '), '  ', ' '), '  ', ' ')) = l.folded
    GROUP BY l.ect_id, l.role;

    -- Two accounts with the same name at one school would be a guess: neither is assigned.
    INSERT INTO staff_assignments (ect_id, school_id, user_id, role, from_date, created_at)
    SELECT ect_id, school_id, user_id, role, from_date, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM legacy_matches WHERE candidates = 1;

    INSERT INTO unmatched_staff_names (ect_id, role, name)
    SELECT l.ect_id, l.role, substr(l.name, 1, 200) FROM legacy_names l
    WHERE NOT EXISTS (SELECT 1 FROM staff_assignments a WHERE a.ect_id = l.ect_id AND a.role = l.role);

    DROP TABLE legacy_matches;
    DROP TABLE legacy_names;
    """
}
