/// Issue 12: the lookups every report and school page makes by a parent id, which read the whole
/// table at scale: a report's signatures (the partial unique index only serves live ones), an ECT's
/// tutor and mentor history, and a report's or an ECT's at-risk entries. `QueryPlanTests` keeps
/// them in use.
enum Migration026 {
    static let sql = """
    CREATE INDEX report_signatures_by_report ON report_signatures(report_id, id);
    CREATE INDEX staff_assignments_by_ect ON staff_assignments(ect_id, role, from_date);
    CREATE INDEX at_risk_entries_by_report ON at_risk_entries(report_id);
    CREATE INDEX at_risk_entries_by_ect ON at_risk_entries(ect_id);
    """
}
