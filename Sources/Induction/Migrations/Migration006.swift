/// Each term's half-term break in the appropriate body's term dates: school days exclude it
/// (domain.md). Nullable for years saved before; `TermDatesStore` gives those England's default half
/// terms where they fit. A half term falls strictly inside its term and is stored as both dates or neither.
enum Migration006 {
    static let sql = """
    ALTER TABLE term_dates ADD COLUMN autumn_half_term_start TEXT
        CHECK (autumn_half_term_start IS NULL OR (date(autumn_half_term_start, '+0 days') IS autumn_half_term_start AND autumn_half_term_start > autumn_start));
    ALTER TABLE term_dates ADD COLUMN autumn_half_term_end TEXT
        CHECK ((autumn_half_term_end IS NULL) = (autumn_half_term_start IS NULL) AND (autumn_half_term_end IS NULL OR (date(autumn_half_term_end, '+0 days') IS autumn_half_term_end
               AND autumn_half_term_end >= autumn_half_term_start AND autumn_half_term_end < autumn_end)));
    ALTER TABLE term_dates ADD COLUMN spring_half_term_start TEXT
        CHECK (spring_half_term_start IS NULL OR (date(spring_half_term_start, '+0 days') IS spring_half_term_start AND spring_half_term_start > spring_start));
    ALTER TABLE term_dates ADD COLUMN spring_half_term_end TEXT
        CHECK ((spring_half_term_end IS NULL) = (spring_half_term_start IS NULL) AND (spring_half_term_end IS NULL OR (date(spring_half_term_end, '+0 days') IS spring_half_term_end
               AND spring_half_term_end >= spring_half_term_start AND spring_half_term_end < spring_end)));
    ALTER TABLE term_dates ADD COLUMN summer_half_term_start TEXT
        CHECK (summer_half_term_start IS NULL OR (date(summer_half_term_start, '+0 days') IS summer_half_term_start AND summer_half_term_start > summer_start));
    ALTER TABLE term_dates ADD COLUMN summer_half_term_end TEXT
        CHECK ((summer_half_term_end IS NULL) = (summer_half_term_start IS NULL) AND (summer_half_term_end IS NULL OR (date(summer_half_term_end, '+0 days') IS summer_half_term_end
               AND summer_half_term_end >= summer_half_term_start AND summer_half_term_end < summer_end)));
    """
}
