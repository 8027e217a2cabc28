/// Issue 12 item 2: indexes behind the ORDER BY and WHERE of the paginated lists and the dashboard's
/// counts, so a page reads an index range instead of scanning and sorting a whole table
/// (checked with EXPLAIN QUERY PLAN; `QueryPlanTests` keeps them in use).
enum Migration025 {
    static let sql = """
    -- A school's reports by state and due date: the dashboard's per-school counts, a school's tasks and
    -- its reports to act on.
    CREATE INDEX reports_by_school_state_due ON reports(school_id, state, due_date);
    -- The QA queue, oldest submitted first.
    CREATE INDEX reports_queue ON reports(state, submitted_at, due_date);
    -- The most recently decided reports.
    CREATE INDEX reports_recently_decided ON reports(decided_at, id) WHERE state IN ('returned', 'accepted');
    -- Reports due this term.
    CREATE INDEX reports_by_due_date ON reports(due_date);
    -- The list of schools and ECTs, and the schools list, by name.
    CREATE INDEX schools_by_name ON schools(name);
    -- Confirmed ECTs counted for the list's summary, in all or at one school.
    CREATE INDEX ects_by_registration_status ON ects(registration_status, school_id);
    -- Search results by surname.
    CREATE INDEX ects_by_name ON ects(last_name, first_name);
    -- ECTs in induction (open confirmed periods), counted on the dashboard.
    CREATE INDEX induction_periods_open ON induction_periods(ect_id) WHERE status = 'confirmed' AND end_date IS NULL;
    -- The outbox filtered by status, newest first.
    CREATE INDEX outbox_by_status ON outbox_messages(status, id);
    -- The at-risk list, oldest entry first.
    CREATE INDEX at_risk_open_by_joined ON at_risk_entries(joined_at, id) WHERE left_at IS NULL;
    """
}
