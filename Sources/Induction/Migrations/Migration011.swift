/// Issue 9: progress reviews and formal assessments. A report belongs to one due item of one
/// induction period (its kind and term); the school's fields and the ECT's comments are stored as
/// text by field name, so a report's history and its signatures' hashes cover every field alike.
enum Migration011 {
    static let sql = """
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        school_id INTEGER NOT NULL REFERENCES schools(id),
        induction_period_id INTEGER NOT NULL REFERENCES induction_periods(id),
        kind TEXT NOT NULL CHECK (kind IN ('progress-review', 'first-formal-assessment', 'final-formal-assessment',
                                           'interim-assessment')),
        term_number INTEGER NOT NULL CHECK (term_number BETWEEN 1 AND 64),
        meeting_date TEXT NOT NULL CHECK (date(meeting_date, '+0 days') IS meeting_date),
        earliest_submission TEXT NOT NULL CHECK (date(earliest_submission, '+0 days') IS earliest_submission),
        due_date TEXT NOT NULL CHECK (date(due_date, '+0 days') IS due_date AND due_date >= earliest_submission),
        state TEXT NOT NULL DEFAULT 'draft'
            CHECK (state IN ('draft', 'shared', 'awaiting-signatures', 'submitted', 'returned', 'accepted')),
        -- Optimistic concurrency: every save names the version it started from.
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        -- The AB's questions as they were when the report was started (JSON), so later changes to
        -- the set never alter it.
        questions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions) AND json_type(questions) = 'array'),
        return_reason TEXT NOT NULL DEFAULT '' CHECK (length(return_reason) <= 2000),
        created_by INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        decided_at TEXT,
        CHECK (state NOT IN ('submitted', 'accepted') OR submitted_at IS NOT NULL),
        CHECK (state <> 'accepted' OR decided_at IS NOT NULL),
        CHECK (state <> 'returned' OR length(trim(return_reason)) > 0),
        UNIQUE (induction_period_id, kind, term_number)
    ) STRICT;
    CREATE INDEX reports_by_ect ON reports(ect_id, term_number);
    CREATE INDEX reports_by_state ON reports(state, due_date);

    -- One row a field: the school's fields ('on-track', 'evidence', 'ts1', 'target-1-text', …) and
    -- the ECT's ('ect-comments'). Who may write which is the domain's rule; the schema keeps them sane.
    CREATE TABLE report_fields (
        report_id INTEGER NOT NULL REFERENCES reports(id),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64 AND name NOT GLOB '*[^a-z0-9-]*'),
        value TEXT NOT NULL CHECK (length(value) <= 10000),
        PRIMARY KEY (report_id, name)
    ) STRICT, WITHOUT ROWID;

    -- Field-by-field history: who changed what, when, from which version.
    CREATE TABLE report_changes (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        version INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        author TEXT NOT NULL,
        changed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX report_changes_by_report ON report_changes(report_id, id);
    CREATE TRIGGER report_changes_append_only_update BEFORE UPDATE ON report_changes
    BEGIN SELECT RAISE(ABORT, 'report history is append-only'); END;
    CREATE TRIGGER report_changes_append_only_delete BEFORE DELETE ON report_changes
    BEGIN SELECT RAISE(ABORT, 'report history is append-only'); END;

    -- A signature seals the content as it was: who, in which role, when, and the SHA-256 of the
    -- report's canonical content. An edit clears it (cleared_at) but never deletes it.
    CREATE TABLE report_signatures (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        role TEXT NOT NULL CHECK (role IN ('tutor', 'headteacher', 'ect')),
        user_id INTEGER NOT NULL REFERENCES users(id),
        signer_name TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'),
        cleared_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX one_live_signature_per_role ON report_signatures(report_id, role) WHERE cleared_at IS NULL;
    CREATE TRIGGER report_signatures_never_deleted BEFORE DELETE ON report_signatures
    BEGIN SELECT RAISE(ABORT, 'signatures are never deleted'); END;
    CREATE TRIGGER report_signatures_sealed BEFORE UPDATE ON report_signatures
    WHEN OLD.cleared_at IS NOT NULL OR NEW.report_id IS NOT OLD.report_id OR NEW.role IS NOT OLD.role
      OR NEW.user_id IS NOT OLD.user_id OR NEW.signed_at IS NOT OLD.signed_at OR NEW.content_hash IS NOT OLD.content_hash
    BEGIN SELECT RAISE(ABORT, 'a signature can only be cleared'); END;

    -- SG 4.1-4.5: an ECT not on track (a review saying so, or an unsatisfactory first assessment)
    -- joins the AB's at-risk list when the report is submitted; the entry stays until the AB closes it.
    CREATE TABLE at_risk_entries (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        report_id INTEGER NOT NULL REFERENCES reports(id),
        joined_at TEXT NOT NULL,
        left_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX one_open_at_risk_entry ON at_risk_entries(ect_id) WHERE left_at IS NULL;

    -- The moment a person last confirmed who they are (password or emailed code) in this session:
    -- signing within 10 minutes of it asks again for nothing.
    ALTER TABLE sessions ADD COLUMN reconfirmed_at TEXT;
    """
}
