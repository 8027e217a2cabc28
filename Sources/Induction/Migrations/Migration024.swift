/// Issue 13 item 5 (SG 2.77, 5.3): records are kept six years after induction ends, then removed.
/// Each protection that refuses deletion stays in force except inside a retention purge of that
/// ECT: `ApplyRetention` inserts the ECT's `retention_purges` row, removes the record and deletes
/// the row again in one transaction, so no exemption outlives the purge (an ECT id can be reused).
/// The audit trail is never deleted: during a purge a row may only have its detail, actor and
/// address replaced by the marker, keeping its action, time and record.
/// An exported DfE file may lose the lines of a purged ECT, and nothing else.
enum Migration024 {
    static let marker = "[removed under retention]"

    static let sql = """
    CREATE TABLE retention_purges (
        ect_id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL CHECK (length(started_at) = 20 AND started_at GLOB '[0-9][0-9][0-9][0-9]-*Z')
    ) STRICT;

    DROP TRIGGER audit_events_no_update;
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges)
      OR NEW.id IS NOT OLD.id OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.action IS NOT OLD.action
      OR NEW.record_type IS NOT OLD.record_type OR NEW.record_id IS NOT OLD.record_id OR NEW.actor_role IS NOT OLD.actor_role
      OR (NEW.detail IS NOT OLD.detail AND NEW.detail IS NOT '\(marker)')
      OR (NEW.actor IS NOT OLD.actor AND NEW.actor IS NOT '\(marker)')
      OR (NEW.actor_user_id IS NOT OLD.actor_user_id AND NEW.actor_user_id IS NOT NULL)
      OR (NEW.client_address IS NOT OLD.client_address AND NEW.client_address IS NOT '')
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;

    DROP TRIGGER staff_assignments_no_delete;
    CREATE TRIGGER staff_assignments_no_delete BEFORE DELETE ON staff_assignments
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges WHERE ect_id = OLD.ect_id)
    BEGIN SELECT RAISE(ABORT, 'staff assignments are kept as history'); END;

    DROP TRIGGER report_changes_append_only_delete;
    CREATE TRIGGER report_changes_append_only_delete BEFORE DELETE ON report_changes
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges p JOIN reports r ON r.ect_id = p.ect_id WHERE r.id = OLD.report_id)
    BEGIN SELECT RAISE(ABORT, 'report history is append-only'); END;

    DROP TRIGGER report_signatures_never_deleted;
    CREATE TRIGGER report_signatures_never_deleted BEFORE DELETE ON report_signatures
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges p JOIN reports r ON r.ect_id = p.ect_id WHERE r.id = OLD.report_id)
    BEGIN SELECT RAISE(ABORT, 'signatures are never deleted'); END;

    DROP TRIGGER evidence_files_never_deleted;
    CREATE TRIGGER evidence_files_never_deleted BEFORE DELETE ON evidence_files
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges p JOIN reports r ON r.ect_id = p.ect_id WHERE r.id = OLD.report_id)
    BEGIN SELECT RAISE(ABORT, 'evidence files are marked removed, never deleted'); END;

    DROP TRIGGER dfe_export_files_kept_update;
    CREATE TRIGGER dfe_export_files_kept_update BEFORE UPDATE ON dfe_export_files
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges)
      OR NEW.export_id IS NOT OLD.export_id OR NEW.number IS NOT OLD.number OR length(NEW.content) >= length(OLD.content)
    BEGIN SELECT RAISE(ABORT, 'an exported file is kept as it was sent'); END;

    DROP TRIGGER imported_records_kept_delete;
    CREATE TRIGGER imported_records_kept_delete BEFORE DELETE ON imported_records
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges WHERE ect_id = OLD.ect_id)
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    DROP TRIGGER imported_periods_kept_delete;
    CREATE TRIGGER imported_periods_kept_delete BEFORE DELETE ON imported_periods
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges p JOIN imported_records i ON i.ect_id = p.ect_id WHERE i.id = OLD.imported_record_id)
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    DROP TRIGGER imported_absences_kept_delete;
    CREATE TRIGGER imported_absences_kept_delete BEFORE DELETE ON imported_absences
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges p JOIN imported_records i ON i.ect_id = p.ect_id WHERE i.id = OLD.imported_record_id)
    BEGIN SELECT RAISE(ABORT, 'an imported record is kept as it was received'); END;
    DROP TRIGGER imported_reports_kept_delete;
    CREATE TRIGGER imported_reports_kept_delete BEFORE DELETE ON imported_reports
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges p JOIN imported_records i ON i.ect_id = p.ect_id WHERE i.id = OLD.imported_record_id)
    BEGIN SELECT RAISE(ABORT, 'an imported report is kept as it was received'); END;
    DROP TRIGGER imported_report_signatures_kept_delete;
    CREATE TRIGGER imported_report_signatures_kept_delete BEFORE DELETE ON imported_report_signatures
    WHEN NOT EXISTS (SELECT 1 FROM retention_purges p JOIN imported_records i ON i.ect_id = p.ect_id
                     JOIN imported_reports r ON r.imported_record_id = i.id WHERE r.id = OLD.imported_report_id)
    BEGIN SELECT RAISE(ABORT, 'an imported signature is kept as it was received'); END;
    """
}
