import Foundation

/// Deletes expired sessions (and stale sign-in throttles) on a background thread every `interval`,
/// so that rows left by people who never signed out do not pile up (issue 7 item 17).
public final class SessionPurgeSchedule: Sendable {
    private let store: SessionStore
    private let report: @Sendable (String) -> Void
    private let loop = PeriodicTask(name: "session-purge")

    /// `report` hears of a failed purge; the next run tries again.
    public init(store: SessionStore, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.store = store
        self.report = report
    }

    public func start(every interval: TimeInterval) {
        loop.start(every: interval) { [store, report] in
            do { try store.purgeExpired() } catch { report("session purge failed: \(error)") }
        }
    }

    public func stop() {
        loop.stop()
    }
}
