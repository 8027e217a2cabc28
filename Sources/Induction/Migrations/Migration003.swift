/// Appropriate body settings: the named contact for ECTs (SG 2.28, 2.64), fees agreed in advance
/// (SG 2.26) in pence, and the term dates of each academic year, which every calculation uses.
enum Migration003 {
    static let sql = """
    ALTER TABLE appropriate_bodies ADD COLUMN ect_contact_name TEXT NOT NULL DEFAULT '' CHECK (length(ect_contact_name) <= 200);
    ALTER TABLE appropriate_bodies ADD COLUMN ect_contact_email TEXT NOT NULL DEFAULT '' CHECK (length(ect_contact_email) <= 254);
    ALTER TABLE appropriate_bodies ADD COLUMN ect_contact_phone TEXT NOT NULL DEFAULT '' CHECK (length(ect_contact_phone) <= 40);
    ALTER TABLE appropriate_bodies ADD COLUMN progress_review_fee_pence INTEGER NOT NULL DEFAULT 0
        CHECK (progress_review_fee_pence BETWEEN 0 AND 10000000);
    ALTER TABLE appropriate_bodies ADD COLUMN formal_assessment_fee_pence INTEGER NOT NULL DEFAULT 0
        CHECK (formal_assessment_fee_pence BETWEEN 0 AND 10000000);
    ALTER TABLE appropriate_bodies ADD COLUMN interim_assessment_fee_pence INTEGER NOT NULL DEFAULT 0
        CHECK (interim_assessment_fee_pence BETWEEN 0 AND 10000000);
    ALTER TABLE appropriate_bodies ADD COLUMN annual_fee_per_ect_pence INTEGER NOT NULL DEFAULT 0
        CHECK (annual_fee_per_ect_pence BETWEEN 0 AND 10000000);

    -- academic_year is the calendar year in which its autumn term starts. A year without a row
    -- uses the England defaults computed by AcademicYearTerms.englandDefault.
    CREATE TABLE term_dates (
        academic_year INTEGER PRIMARY KEY CHECK (academic_year BETWEEN 2000 AND 2200),
        autumn_start TEXT NOT NULL CHECK (date(autumn_start, '+0 days') IS autumn_start),
        autumn_end TEXT NOT NULL CHECK (date(autumn_end, '+0 days') IS autumn_end),
        spring_start TEXT NOT NULL CHECK (date(spring_start, '+0 days') IS spring_start),
        spring_end TEXT NOT NULL CHECK (date(spring_end, '+0 days') IS spring_end),
        summer_start TEXT NOT NULL CHECK (date(summer_start, '+0 days') IS summer_start),
        summer_end TEXT NOT NULL CHECK (date(summer_end, '+0 days') IS summer_end),
        updated_at TEXT NOT NULL,
        CHECK (autumn_start < autumn_end AND autumn_end < spring_start AND spring_start < spring_end
               AND spring_end < summer_start AND summer_start < summer_end),
        CHECK (autumn_start >= printf('%04d-08-01', academic_year) AND summer_end <= printf('%04d-08-31', academic_year + 1))
    ) STRICT;
    """
}
