import Dispatch
import Foundation
import Synchronization

/// Runs a piece of work now and then every `interval` seconds on a named background thread, until `stop`.
/// The outbox delivery and the session purge share it.
public final class PeriodicTask: Sendable {
    private let name: String
    private let loop = Mutex<LoopRun?>(nil)

    /// `name` names the thread.
    public init(name: String) {
        self.name = name
    }

    /// Calling it while running does nothing.
    public func start(every interval: TimeInterval, _ work: @escaping @Sendable () -> Void) {
        let run = LoopRun()
        let started = loop.withLock { current -> Bool in
            guard current == nil else { return false }
            current = run
            return true
        }
        guard started else { return }
        let thread = Thread {
            repeat {
                work()
            } while run.wake.wait(timeout: .now() + max(interval, 0.01)) == .timedOut
            run.done.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Stops the loop and waits for a run in progress to finish.
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
