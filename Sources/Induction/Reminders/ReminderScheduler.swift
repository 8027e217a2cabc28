import Dispatch
import Foundation
import Synchronization

/// Runs the day's reminders inside the server (issue 11 item 7) at a set local time. On start-up it
/// runs at once when today's run is owed (the server was down at the time, or started after it);
/// then it sleeps until the next run. Whether a day's run is owed is read from `reminder_runs`, so
/// a restart in the middle of a day does not run it again; and `SendDueReminders` never sends a
/// reminder twice even if it did.
public final class ReminderScheduler: Sendable {
    private let store: InductionStore
    private let time: ReminderTime
    private let report: @Sendable (String) -> Void
    private let running = Mutex(())
    private let loop = Mutex<Loop?>(nil)
    /// The longest sleep, so that a changed system clock is noticed within the hour.
    private let longestSleep: TimeInterval = 3600

    /// `report` receives one line for each run and each failure, for the server's log.
    public init(store: InductionStore, at time: ReminderTime = .standard, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.store = store
        self.time = time
        self.report = report
    }

    /// Whether the run of the local day of the clock's now is owed: its time has passed and it has not been made.
    public func isRunOwed() throws -> Bool {
        let now = store.time.now()
        guard time.hasPassed(on: now) else { return false }
        let day = time.day(of: now)
        return try store.database.read { try $0.scalarInt("SELECT count(*) FROM reminder_runs WHERE run_on = ?", [day.iso]) } == 0
    }

    /// Runs today's reminders when they are owed; returns how many were sent, nil when none was owed
    /// or the run failed (reported).
    @discardableResult
    public func runIfOwed() -> Int? {
        running.withLock { _ in
            do {
                guard try isRunOwed() else { return nil }
                let day = time.day(of: store.time.now())
                let sent = try SendDueReminders(store: store).send(on: day, author: SendDueReminders.author)
                report("reminders for \(day.iso): \(sent) sent")
                return sent
            } catch {
                report("reminders failed: \(error)")
                return nil
            }
        }
    }

    /// How long to sleep from now until the next check: the next run's time, at most an hour.
    public func secondsUntilNextCheck() -> TimeInterval {
        let now = store.time.now()
        return min(max(time.nextRun(after: now).timeIntervalSince(now), 1), longestSleep)
    }

    /// Checks now, then at each run's time, on a background thread until `stop`. Calling it while
    /// running does nothing.
    public func start() {
        let run = Loop()
        let started = loop.withLock { current -> Bool in
            guard current == nil else { return false }
            current = run
            return true
        }
        guard started else { return }
        let thread = Thread { [self] in
            repeat {
                runIfOwed()
            } while run.wake.wait(timeout: .now() + secondsUntilNextCheck()) == .timedOut
            run.done.signal()
        }
        thread.name = "induct-reminders"
        thread.start()
    }

    /// Stops the loop, waiting for a run in progress to finish.
    public func stop() {
        let run = loop.withLock { current -> Loop? in
            defer { current = nil }
            return current
        }
        guard let run else { return }
        run.wake.signal()
        run.done.wait()
    }

    private final class Loop: Sendable {
        let wake = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
    }
}
