import SQLite

/// SG 2.79: who opened an ECT's report and when. Bookkeeping like sessions, so no audit event; one
/// row per report, person and UTC day, so reloading a page adds nothing.
public struct RecordReportView: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func record(reportID: Int, viewerUserID: Int, role: Role, schoolID: Int?) throws {
        let stamp = store.time.timestamp
        try store.database.write { c in
            try c.run("""
                INSERT OR IGNORE INTO report_views (report_id, viewer_user_id, viewer_role, viewer_school_id, viewed_at, viewed_on)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [reportID, viewerUserID, role.rawValue, schoolID, stamp, String(stamp.prefix(10))])
        }
    }
}
