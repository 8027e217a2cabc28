/// Issue 7: a school may withdraw its own pending registration, the last appropriate body admin
/// grant cannot be removed, and an authorised school registration records when its email already
/// belonged to an account (the role went to that account, whose name was kept). SQLite cannot change a CHECK in place, so `induction_periods` is rebuilt
/// (the "12-step" procedure; `Migrator` switches foreign keys off for it) with a `withdrawn` status,
/// which, like `rejected`, never counts as an open or overlapping period.
enum Migration009 {
    static let sql = """
    CREATE TABLE induction_periods_new (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        school_id INTEGER NOT NULL REFERENCES schools(id),
        start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date AND start_date >= '2021-09-01'),
        end_date TEXT CHECK (end_date IS NULL OR (date(end_date, '+0 days') IS end_date AND end_date >= start_date)),
        status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
        -- terms served in this period when it closed, in thousandths
        terms_served INTEGER CHECK (terms_served IS NULL OR terms_served BETWEEN 0 AND 16000),
        next_school TEXT NOT NULL DEFAULT '' CHECK (length(next_school) <= 200),
        created_at TEXT NOT NULL,
        -- from migration 007: the tutor and mentor chosen at registration
        tutor_user_id INTEGER REFERENCES users(id),
        mentor_user_id INTEGER REFERENCES users(id)
    ) STRICT;
    INSERT INTO induction_periods_new (id, ect_id, school_id, start_date, end_date, status, terms_served, next_school, created_at,
                                       tutor_user_id, mentor_user_id)
    SELECT id, ect_id, school_id, start_date, end_date, status, terms_served, next_school, created_at,
           tutor_user_id, mentor_user_id FROM induction_periods;
    DROP TABLE induction_periods;
    ALTER TABLE induction_periods_new RENAME TO induction_periods;

    CREATE INDEX induction_periods_by_ect ON induction_periods(ect_id, start_date);
    CREATE INDEX induction_periods_by_school ON induction_periods(school_id, status);
    -- One TRN never has two open induction periods (domain.md); rejected and withdrawn ones do not count.
    CREATE UNIQUE INDEX one_open_period_per_ect ON induction_periods(ect_id)
        WHERE end_date IS NULL AND status NOT IN ('rejected', 'withdrawn');
    -- Nor two that overlap.
    CREATE TRIGGER induction_periods_no_overlap BEFORE INSERT ON induction_periods
    WHEN NEW.status NOT IN ('rejected', 'withdrawn') AND EXISTS (
        SELECT 1 FROM induction_periods p WHERE p.ect_id = NEW.ect_id AND p.status NOT IN ('rejected', 'withdrawn')
          AND p.start_date <= ifnull(NEW.end_date, '9999-12-31') AND NEW.start_date <= ifnull(p.end_date, '9999-12-31'))
    BEGIN SELECT RAISE(ABORT, 'induction periods of one teacher may not overlap'); END;
    CREATE TRIGGER induction_periods_no_overlap_on_update BEFORE UPDATE OF start_date, end_date, status ON induction_periods
    WHEN NEW.status NOT IN ('rejected', 'withdrawn') AND EXISTS (
        SELECT 1 FROM induction_periods p WHERE p.ect_id = NEW.ect_id AND p.id <> NEW.id AND p.status NOT IN ('rejected', 'withdrawn')
          AND p.start_date <= ifnull(NEW.end_date, '9999-12-31') AND NEW.start_date <= ifnull(p.end_date, '9999-12-31'))
    BEGIN SELECT RAISE(ABORT, 'induction periods of one teacher may not overlap'); END;
    -- Only a registration still waiting for the appropriate body can be withdrawn, and it stays withdrawn.
    CREATE TRIGGER induction_periods_withdrawn_from_pending BEFORE UPDATE OF status ON induction_periods
    WHEN (NEW.status = 'withdrawn' AND OLD.status <> 'pending') OR (OLD.status = 'withdrawn' AND NEW.status <> 'withdrawn')
    BEGIN SELECT RAISE(ABORT, 'only a pending registration can be withdrawn, and a withdrawn one stays withdrawn'); END;

    ALTER TABLE school_registration_requests ADD COLUMN existing_user_id INTEGER REFERENCES users(id)
        CHECK (existing_user_id IS NULL OR status = 'authorised');

    -- Issue 7 item 15: someone must always be left who can administer the appropriate body.
    CREATE TRIGGER role_grants_keep_last_ab_admin BEFORE DELETE ON role_grants
    WHEN OLD.role = 'ab_admin' AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.role = 'ab_admin' AND g.id <> OLD.id)
    BEGIN SELECT RAISE(ABORT, 'the last appropriate body admin role cannot be removed'); END;
    CREATE TRIGGER role_grants_keep_last_ab_admin_on_update BEFORE UPDATE OF role ON role_grants
    WHEN OLD.role = 'ab_admin' AND NEW.role <> 'ab_admin'
      AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.role = 'ab_admin' AND g.id <> OLD.id)
    BEGIN SELECT RAISE(ABORT, 'the last appropriate body admin role cannot be removed'); END;
    """
}
