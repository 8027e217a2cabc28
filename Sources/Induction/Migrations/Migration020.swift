/// Issue 11 items 3 and 5. An ECT's concerns to the appropriate body's named contact (SG 2.28, 2.64),
/// which the school never sees; and who opened an ECT's reports and when (SG 2.79), one row per
/// report, person and UTC day so reloading a page does not flood the log.
enum Migration020 {
    static let sql = """
    CREATE TABLE ect_concerns (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        raised_by INTEGER NOT NULL REFERENCES users(id),
        raised_at TEXT NOT NULL,
        subject TEXT NOT NULL CHECK (length(trim(subject)) BETWEEN 1 AND 150),
        body TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 5000),
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered')),
        reply TEXT CHECK (reply IS NULL OR length(trim(reply)) BETWEEN 1 AND 5000),
        replied_by INTEGER REFERENCES users(id),
        replied_at TEXT,
        CHECK ((state = 'answered') = (reply IS NOT NULL AND replied_at IS NOT NULL)),
        CHECK (state = 'answered' OR replied_by IS NULL)
    ) STRICT;
    CREATE INDEX ect_concerns_by_ect ON ect_concerns(ect_id, raised_at);
    CREATE INDEX ect_concerns_queue ON ect_concerns(state, raised_at);

    CREATE TABLE report_views (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        viewer_user_id INTEGER NOT NULL REFERENCES users(id),
        viewer_role TEXT NOT NULL CHECK (viewer_role IN ('ab_admin', 'ab_officer', 'headteacher', 'induction_lead',
                                                         'induction_tutor', 'mentor', 'school_admin', 'ect')),
        viewer_school_id INTEGER REFERENCES schools(id),
        viewed_at TEXT NOT NULL,
        viewed_on TEXT NOT NULL CHECK (date(viewed_on, '+0 days') IS viewed_on AND viewed_on = substr(viewed_at, 1, 10)),
        UNIQUE (report_id, viewer_user_id, viewed_on)
    ) STRICT;
    CREATE INDEX report_views_by_report ON report_views(report_id, viewed_at);
    CREATE INDEX report_views_by_viewer ON report_views(viewer_user_id, viewed_at);
    """
}
