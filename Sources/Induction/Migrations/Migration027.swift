/// Issue 12: the decisions the appropriate body still has to make (the dashboard's "decisions due",
/// /ab/decisions) are the accepted final assessments without a decision. Without this index SQLite
/// walked every accepted report (483,727 at 100,000 ECTs) to find the 10,458 final ones.
enum Migration027 {
    static let sql = """
    CREATE INDEX reports_final_by_state ON reports(state, ect_id) WHERE kind = 'final-formal-assessment';
    """
}
