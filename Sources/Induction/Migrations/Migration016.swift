/// Issue 10 item 5: each return's files as sent, so the officer can download them again (the
/// upload to the DfE's service is made from these exact bytes).
enum Migration016 {
    static let sql = """
    CREATE TABLE dfe_export_files (
        export_id INTEGER NOT NULL REFERENCES dfe_exports(id),
        number INTEGER NOT NULL CHECK (number >= 1),
        content TEXT NOT NULL CHECK (length(CAST(content AS BLOB)) <= 100000),
        PRIMARY KEY (export_id, number)
    ) STRICT;
    CREATE TRIGGER dfe_export_files_kept_update BEFORE UPDATE ON dfe_export_files
    BEGIN SELECT RAISE(ABORT, 'an exported file is kept as it was sent'); END;
    CREATE TRIGGER dfe_export_files_kept_delete BEFORE DELETE ON dfe_export_files
    BEGIN SELECT RAISE(ABORT, 'an exported file is kept as it was sent'); END;
    """
}
