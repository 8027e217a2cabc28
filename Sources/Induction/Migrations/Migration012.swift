/// Issue 9 item 4: the tutor's evidence files on a report. The bytes are stored once by their
/// SHA-256, so the same file attached twice (a double-click, a retry) or to two reports costs one
/// copy; a file's row names its report, its cleaned name and the type its content was sniffed as.
/// Removing a file marks it removed: its row and its bytes stay for the audit trail.
enum Migration012 {
    static let sql = """
    CREATE TABLE evidence_blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        bytes BLOB NOT NULL,
        byte_count INTEGER NOT NULL CHECK (byte_count BETWEEN 1 AND 10485760 AND byte_count = length(bytes))
    ) STRICT;
    CREATE TRIGGER evidence_blobs_immutable BEFORE UPDATE ON evidence_blobs
    BEGIN SELECT RAISE(ABORT, 'evidence bytes never change'); END;

    CREATE TABLE evidence_files (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        blob_sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200 AND file_name NOT GLOB '*[/\\\\]*'
                                       AND file_name NOT GLOB ('*[' || char(1) || '-' || char(31) || char(127) || ']*')),
        media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'application/msword',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/jpeg', 'image/png')),
        byte_count INTEGER NOT NULL CHECK (byte_count BETWEEN 1 AND 10485760),
        uploaded_by INTEGER NOT NULL REFERENCES users(id),
        uploaded_at TEXT NOT NULL,
        removed_by INTEGER REFERENCES users(id),
        removed_at TEXT,
        CHECK ((removed_at IS NULL) = (removed_by IS NULL))
    ) STRICT;
    CREATE INDEX evidence_files_by_report ON evidence_files(report_id, id);
    -- The same bytes attached twice to one report are one file (the second attach returns the first).
    CREATE UNIQUE INDEX one_live_evidence_copy ON evidence_files(report_id, blob_sha256) WHERE removed_at IS NULL;
    CREATE TRIGGER evidence_files_size_matches BEFORE INSERT ON evidence_files
    WHEN NEW.byte_count IS NOT (SELECT byte_count FROM evidence_blobs WHERE sha256 = NEW.blob_sha256)
    BEGIN SELECT RAISE(ABORT, 'an evidence file''s size is its bytes'' size'); END;
    -- At most 50 MB of live evidence a report.
    CREATE TRIGGER evidence_files_report_limit BEFORE INSERT ON evidence_files
    WHEN (SELECT total(byte_count) FROM evidence_files WHERE report_id = NEW.report_id AND removed_at IS NULL)
         + NEW.byte_count > 52428800
    BEGIN SELECT RAISE(ABORT, 'a report holds at most 50 MB of evidence'); END;
    CREATE TRIGGER evidence_blobs_kept BEFORE DELETE ON evidence_blobs
    WHEN EXISTS (SELECT 1 FROM evidence_files WHERE blob_sha256 = OLD.sha256)
    BEGIN SELECT RAISE(ABORT, 'evidence bytes are kept while a report names them'); END;
    CREATE TRIGGER evidence_files_never_deleted BEFORE DELETE ON evidence_files
    BEGIN SELECT RAISE(ABORT, 'evidence files are marked removed, never deleted'); END;
    CREATE TRIGGER evidence_files_only_removed BEFORE UPDATE ON evidence_files
    WHEN OLD.removed_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.report_id IS NOT OLD.report_id
      OR NEW.blob_sha256 IS NOT OLD.blob_sha256 OR NEW.file_name IS NOT OLD.file_name OR NEW.media_type IS NOT OLD.media_type
      OR NEW.byte_count IS NOT OLD.byte_count OR NEW.uploaded_by IS NOT OLD.uploaded_by OR NEW.uploaded_at IS NOT OLD.uploaded_at
    BEGIN SELECT RAISE(ABORT, 'an evidence file can only be marked removed'); END;
    """
}
