/// Issue 10 item 5: each return to the DfE's "Record inductions as an appropriate body" service is
/// recorded, row by row, so the next export offers only what is new, and a row the DfE rejected
/// (its error file) is marked not recorded and offered again.
enum Migration015 {
    static let sql = """
    CREATE TABLE dfe_exports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('claims', 'outcomes')),
        file_count INTEGER NOT NULL CHECK (file_count >= 1),
        row_count INTEGER NOT NULL CHECK (row_count >= 1 AND row_count <= file_count * 1000),
        exported_by TEXT NOT NULL CHECK (length(exported_by) BETWEEN 1 AND 200),
        exported_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE dfe_export_rows (
        id INTEGER PRIMARY KEY,
        export_id INTEGER NOT NULL REFERENCES dfe_exports(id),
        kind TEXT NOT NULL CHECK (kind IN ('claims', 'outcomes')),
        induction_period_id INTEGER NOT NULL REFERENCES induction_periods(id),
        trn TEXT NOT NULL CHECK (length(trn) = 7 AND trn NOT GLOB '*[^0-9]*'),
        status TEXT NOT NULL DEFAULT 'exported' CHECK (status IN ('exported', 'not_recorded', 'recorded')),
        error_message TEXT NOT NULL DEFAULT '' CHECK (length(error_message) <= 1000
            AND (status = 'not_recorded' OR error_message = '')),
        UNIQUE (export_id, induction_period_id)
    ) STRICT;
    CREATE INDEX dfe_export_rows_by_export ON dfe_export_rows(export_id);
    CREATE INDEX dfe_export_rows_by_trn ON dfe_export_rows(kind, trn, status);
    -- A period is live in at most one return of each kind; a row the DfE did not record frees it.
    CREATE UNIQUE INDEX dfe_export_rows_one_live ON dfe_export_rows(kind, induction_period_id)
        WHERE status <> 'not_recorded';
    """
}
