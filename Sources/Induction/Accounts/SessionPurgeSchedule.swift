import Dispatch
import Foundation
import Synchronization

/// Deletes expired sessions (and stale sign-in throttles) on a background thread every `interval`,
/// so that rows left by people who never signed out do not pile up (issue 7 item 17).
public final class SessionPurgeSchedule: Sendable {
    private let store: SessionStore
    private let report: @Sendable (String) -> Void
    private let loop = Mutex<LoopRun?>(nil)

    /// `report` hears of a failed purge; the next run tries again.
    public init(store: SessionStore, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.store = store
        self.report = report
    }

    public func start(every interval: TimeInterval) {
        let run = LoopRun()
        let started = loop.withLock { current -> Bool in
            guard current == nil else { return false }
            current = run
            return true
        }
        guard started else { return }
        let thread = Thread { [self] in
            repeat {
                do { try store.purgeExpired() } catch { report("session purge failed: \(error)") }
            } while run.wake.wait(timeout: .now() + max(interval, 0.01)) == .timedOut
            run.done.signal()
        }
        thread.name = "session-purge"
        thread.start()
    }

    public func stop() {
        let run = loop.withLock { current -> LoopRun? in
            defer { current = nil }
            return current
        }
        guard let run else { return }
        run.wake.signal()
        run.done.wait()
    }

    private final class LoopRun: Sendable {
        let wake = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
    }
}
