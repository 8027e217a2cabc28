/// Issue 11 item 8: an ECT's record imported from another appropriate body's Induct. The document
/// is kept as received with its SHA-256; the earlier periods, absences and reports are the previous
/// AB's and are never changed here, so every table refuses UPDATE and DELETE.
enum Migration021 {
    static let sql = """
    CREATE TABLE imported_records (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        source_appropriate_body TEXT NOT NULL CHECK (length(trim(source_appropriate_body)) BETWEEN 1 AND 200),
        format_version INTEGER NOT NULL CHECK (format_version >= 1),
        exported_at TEXT NOT NULL,
        document TEXT NOT NULL CHECK (json_valid(document) AND length(CAST(document AS BLOB)) <= 2000000),
        document_sha256 TEXT NOT NULL UNIQUE CHECK (length(document_sha256) = 64 AND document_sha256 NOT GLOB '*[^0-9a-f]*'),
        terms_served INTEGER NOT NULL CHECK (terms_served BETWEEN 0 AND 16000),
        imported_at TEXT NOT NULL,
        imported_by INTEGER REFERENCES users(id)
    ) STRICT;
    CREATE INDEX imported_records_by_ect ON imported_records(ect_id);

    CREATE TABLE imported_periods (
        id INTEGER PRIMARY KEY,
        imported_record_id INTEGER NOT NULL REFERENCES imported_records(id),
        school_name TEXT NOT NULL CHECK (length(school_name) <= 200),
        school_urn TEXT NOT NULL CHECK (length(school_urn) <= 10),
        start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
        end_date TEXT CHECK (end_date IS NULL OR (date(end_date, '+0 days') IS end_date AND end_date >= start_date)),
        terms_served INTEGER NOT NULL CHECK (terms_served BETWEEN 0 AND 16000)
    ) STRICT;

    CREATE TABLE imported_absences (
        id INTEGER PRIMARY KEY,
        imported_record_id INTEGER NOT NULL REFERENCES imported_records(id),
        start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
        end_date TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date AND end_date >= start_date),
        days INTEGER NOT NULL CHECK (days BETWEEN 0 AND 400),
        category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 60)
    ) STRICT;

    -- source_report_id is the exporting deployment's report number: the seal covers it.
    CREATE TABLE imported_reports (
        id INTEGER PRIMARY KEY,
        imported_record_id INTEGER NOT NULL REFERENCES imported_records(id),
        source_report_id INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('progress-review', 'first-formal-assessment', 'final-formal-assessment',
                                           'interim-assessment')),
        term_number INTEGER NOT NULL CHECK (term_number BETWEEN 1 AND 64),
        meeting_date TEXT NOT NULL CHECK (date(meeting_date, '+0 days') IS meeting_date),
        due_date TEXT NOT NULL CHECK (date(due_date, '+0 days') IS due_date),
        state TEXT NOT NULL CHECK (state IN ('draft', 'shared', 'awaiting-signatures', 'submitted', 'returned', 'accepted')),
        fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
        questions TEXT NOT NULL CHECK (json_valid(questions)),
        evidence TEXT NOT NULL CHECK (json_valid(evidence) AND json_type(evidence) = 'array'),
        return_reason TEXT NOT NULL CHECK (length(return_reason) <= 2000),
        seal_hash TEXT NOT NULL CHECK (length(seal_hash) = 64 AND seal_hash NOT GLOB '*[^0-9a-f]*'),
        UNIQUE (imported_record_id, source_report_id)
    ) STRICT;

    CREATE TABLE imported_report_signatures (
        id INTEGER PRIMARY KEY,
        imported_report_id INTEGER NOT NULL REFERENCES imported_reports(id),
        role TEXT NOT NULL CHECK (role IN ('tutor', 'headteacher', 'ect')),
        signer_name TEXT NOT NULL CHECK (length(signer_name) <= 200),
        signed_at TEXT NOT NULL,
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'),
        cleared_at TEXT
    ) STRICT;

    CREATE TRIGGER imported_records_kept_update BEFORE UPDATE ON imported_records
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    CREATE TRIGGER imported_records_kept_delete BEFORE DELETE ON imported_records
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    CREATE TRIGGER imported_periods_kept_update BEFORE UPDATE ON imported_periods
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    CREATE TRIGGER imported_periods_kept_delete BEFORE DELETE ON imported_periods
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    CREATE TRIGGER imported_absences_kept_update BEFORE UPDATE ON imported_absences
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    CREATE TRIGGER imported_absences_kept_delete BEFORE DELETE ON imported_absences
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    CREATE TRIGGER imported_reports_kept_update BEFORE UPDATE ON imported_reports
    BEGIN SELECT RAISE(ABORT, 'an imported report is kept as it was received'); END;
    CREATE TRIGGER imported_reports_kept_delete BEFORE DELETE ON imported_reports
    BEGIN SELECT RAISE(ABORT, 'an imported report is kept as it was received'); END;
    CREATE TRIGGER imported_report_signatures_kept_update BEFORE UPDATE ON imported_report_signatures
    BEGIN SELECT RAISE(ABORT, 'an imported signature is kept as it was received'); END;
    CREATE TRIGGER imported_report_signatures_kept_delete BEFORE DELETE ON imported_report_signatures
    BEGIN SELECT RAISE(ABORT, 'an imported signature is kept as it was received'); END;
    """
}
