import SQLite

/// Every migration in the order it ships. Append only: a shipped migration is never edited.
public enum Schema {
    public static let migrations: [Migration] = [
        Migration(name: "001_appropriate_bodies_schools_ects", sql: Migration001.sql),
        Migration(name: "002_accounts", sql: Migration002.sql),
        Migration(name: "003_appropriate_body_settings", sql: Migration003.sql),
        Migration(name: "004_induction_records", sql: Migration004.sql),
        Migration(name: "005_school_status_and_phase", sql: Migration005.sql),
        Migration(name: "006_half_terms", sql: Migration006.sql),
        Migration(name: "007_tutor_mentor_assignments", sql: Migration007.sql),
        Migration(name: "008_record_corrections", sql: Migration008.sql),
        Migration(name: "009_withdrawn_registrations_and_last_admin", sql: Migration009.sql),
        Migration(name: "010_audit_author_role", sql: Migration010.sql),
        Migration(name: "011_reports", sql: Migration011.sql),
        Migration(name: "012_evidence_files", sql: Migration012.sql),
        Migration(name: "013_report_questions", sql: Migration013.sql),
        Migration(name: "014_induction_decisions", sql: Migration014.sql),
        Migration(name: "015_dfe_returns", sql: Migration015.sql),
        Migration(name: "016_dfe_export_files", sql: Migration016.sql),
        Migration(name: "017_programme_checks", sql: Migration017.sql),
        Migration(name: "018_report_reminders", sql: Migration018.sql),
        Migration(name: "019_lesson_observations_and_mentor_meetings", sql: Migration019.sql),
        Migration(name: "020_ect_concerns_and_report_views", sql: Migration020.sql),
        Migration(name: "021_imported_records", sql: Migration021.sql),
        Migration(name: "022_notifications", sql: Migration022.sql),
        Migration(name: "024_retention", sql: Migration024.sql),
        // No 023: 024 reached databases first, and the migrator checks history in order.
        Migration(name: "025_list_indexes", sql: Migration025.sql),
        Migration(name: "026_parent_lookups", sql: Migration026.sql),
        Migration(name: "027_final_assessments_by_state", sql: Migration027.sql),
        Migration(name: "028_change_counter", sql: Migration028.sql),
        Migration(name: "029_name_search", sql: Migration029.sql),
    ]
}
