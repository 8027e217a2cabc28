import Foundation
import SQLite

/// The short schedule beside the six-year one: a sent email is kept 30 days (long enough to answer
/// "did it go?") and a sign-in throttle a day after its window and any lock end; the name-search
/// indexes are merged. An email a
/// report reminder names stays while the reminder does, because the reminder is what stops it being sent twice.
public struct PurgeOperationalRows: Sendable {
    public static let sentEmailDays = 30
    public static let throttleHours = 24
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// An audit event is written only when something went, so a daily run leaves no daily noise.
    @discardableResult
    public func purge(author: Author) throws -> OperationalPurge {
        try store.change { c, stamp in
            let now = store.time.now()
            let sentCutoff = Timestamp.format(now.addingTimeInterval(-Double(Self.sentEmailDays) * 86_400))
            let throttleCutoff = Timestamp.format(now.addingTimeInterval(-Double(Self.throttleHours) * 3_600))
            let messages = try c.run("""
                DELETE FROM outbox_messages WHERE status = 'sent' AND sent_at IS NOT NULL AND sent_at <= ?
                  AND id NOT IN (SELECT outbox_message_id FROM report_reminders)
                """, [sentCutoff])
            let throttles = try c.run(
                "DELETE FROM sign_in_throttles WHERE window_started_at <= ? AND (locked_until IS NULL OR locked_until <= ?)",
                [throttleCutoff, throttleCutoff])
            // A deleted name leaves a delete marker in the full-text indexes (Migration029) until their
            // segments merge: merging them here means a name removed under retention leaves no token.
            try c.execute("""
                INSERT INTO ect_name_search (ect_name_search) VALUES ('optimize');
                INSERT INTO school_name_search (school_name_search) VALUES ('optimize');
                """)
            let result = OperationalPurge(outboxMessages: messages, signInThrottles: throttles)
            if result.total > 0 {
                try AuditEvent(author: author, action: .operationalRowsPurged, recordType: "settings",
                               detail: "\(messages) sent emails and \(throttles) sign-in throttles purged").record(in: c, at: stamp)
            }
            return result
        }
    }
}
