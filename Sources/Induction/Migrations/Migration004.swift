/// Induction records: what a school registers about an ECT, the induction period at each school
/// (a transfer is a new period for the same TRN), working-pattern changes, absences and the
/// appropriate body's adjustments. `ects` stays one row per teacher (TRN unique, domain.md).
enum Migration004 {
    static let sql = """
    ALTER TABLE ects ADD COLUMN email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254);
    ALTER TABLE ects ADD COLUMN date_of_birth TEXT
        CHECK (date_of_birth IS NULL OR (date(date_of_birth, '+0 days') IS date_of_birth AND date_of_birth >= '1900-01-01'));
    ALTER TABLE ects ADD COLUMN qts_date TEXT CHECK (qts_date IS NULL OR date(qts_date, '+0 days') IS qts_date);
    ALTER TABLE ects ADD COLUMN training_programme TEXT NOT NULL DEFAULT 'provider-led'
        CHECK (training_programme IN ('provider-led', 'school-led', 'full-induction-programme', 'core-induction-programme', 'school-designed'));
    ALTER TABLE ects ADD COLUMN lead_provider TEXT NOT NULL DEFAULT '' CHECK (length(lead_provider) <= 200);
    ALTER TABLE ects ADD COLUMN mentor_name TEXT NOT NULL DEFAULT '' CHECK (length(mentor_name) <= 200);
    -- SG 2.34: induction served elsewhere, in thousandths of a term (1.25 terms is 1250).
    ALTER TABLE ects ADD COLUMN terms_served_elsewhere INTEGER NOT NULL DEFAULT 0 CHECK (terms_served_elsewhere BETWEEN 0 AND 16000);
    ALTER TABLE ects ADD COLUMN previous_appropriate_body TEXT NOT NULL DEFAULT '' CHECK (length(previous_appropriate_body) <= 200);
    ALTER TABLE ects ADD COLUMN registration_status TEXT NOT NULL DEFAULT 'confirmed'
        CHECK (registration_status IN ('pending', 'confirmed', 'rejected'));
    ALTER TABLE ects ADD COLUMN rejection_reason TEXT NOT NULL DEFAULT '' CHECK (length(rejection_reason) <= 1000);

    CREATE TABLE induction_periods (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        school_id INTEGER NOT NULL REFERENCES schools(id),
        start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date AND start_date >= '2021-09-01'),
        end_date TEXT CHECK (end_date IS NULL OR (date(end_date, '+0 days') IS end_date AND end_date >= start_date)),
        status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected')),
        -- terms served in this period when it closed, in thousandths
        terms_served INTEGER CHECK (terms_served IS NULL OR terms_served BETWEEN 0 AND 16000),
        next_school TEXT NOT NULL DEFAULT '' CHECK (length(next_school) <= 200),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX induction_periods_by_ect ON induction_periods(ect_id, start_date);
    CREATE INDEX induction_periods_by_school ON induction_periods(school_id, status);
    -- One TRN never has two open induction periods (domain.md); rejected ones do not count.
    CREATE UNIQUE INDEX one_open_period_per_ect ON induction_periods(ect_id) WHERE end_date IS NULL AND status <> 'rejected';
    -- Nor two that overlap.
    CREATE TRIGGER induction_periods_no_overlap BEFORE INSERT ON induction_periods
    WHEN NEW.status <> 'rejected' AND EXISTS (
        SELECT 1 FROM induction_periods p WHERE p.ect_id = NEW.ect_id AND p.status <> 'rejected'
          AND p.start_date <= ifnull(NEW.end_date, '9999-12-31') AND NEW.start_date <= ifnull(p.end_date, '9999-12-31'))
    BEGIN SELECT RAISE(ABORT, 'induction periods of one teacher may not overlap'); END;
    CREATE TRIGGER induction_periods_no_overlap_on_update BEFORE UPDATE OF start_date, end_date, status ON induction_periods
    WHEN NEW.status <> 'rejected' AND EXISTS (
        SELECT 1 FROM induction_periods p WHERE p.ect_id = NEW.ect_id AND p.id <> NEW.id AND p.status <> 'rejected'
          AND p.start_date <= ifnull(NEW.end_date, '9999-12-31') AND NEW.start_date <= ifnull(p.end_date, '9999-12-31'))
    BEGIN SELECT RAISE(ABORT, 'induction periods of one teacher may not overlap'); END;

    INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
    SELECT id, school_id, induction_start_date, 'confirmed', created_at FROM ects;

    CREATE TABLE fte_changes (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        effective_date TEXT NOT NULL CHECK (date(effective_date, '+0 days') IS effective_date),
        fte_percent INTEGER NOT NULL CHECK (fte_percent BETWEEN 10 AND 100),
        created_at TEXT NOT NULL,
        UNIQUE (ect_id, effective_date)
    ) STRICT;

    CREATE TABLE absences (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
        end_date TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date AND end_date >= start_date),
        days INTEGER NOT NULL CHECK (days >= 1 AND days <= julianday(end_date) - julianday(start_date) + 1),
        category TEXT NOT NULL CHECK (category IN ('sickness', 'maternity', 'paternity', 'shared-parental', 'adoption',
                                                  'parental-bereavement', 'carers', 'other')),
        -- SG 3.7: only statutory leave carries the ECT's choice to extend.
        ect_chooses_to_extend INTEGER NOT NULL DEFAULT 0 CHECK (ect_chooses_to_extend IN (0, 1)
            AND (ect_chooses_to_extend = 0 OR category NOT IN ('sickness', 'other'))),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX absences_by_ect ON absences(ect_id, start_date);

    CREATE TABLE induction_adjustments (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        kind TEXT NOT NULL CHECK (kind IN ('extension', 'reduction')),
        -- extensions 0.1 to 16 terms (SG 3.8-3.10); a reduction is to a total of at least 1 term (SG 3.2-3.5)
        terms_tenths INTEGER NOT NULL CHECK (terms_tenths BETWEEN 1 AND 160 AND (kind = 'extension' OR terms_tenths >= 10)),
        reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
        ect_consent INTEGER NOT NULL DEFAULT 0 CHECK (ect_consent IN (0, 1) AND (kind = 'extension' OR ect_consent = 1)),
        decided_by INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX induction_adjustments_by_ect ON induction_adjustments(ect_id);
    """
}
