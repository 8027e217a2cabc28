import Foundation

/// Runs `PurgeOperationalRows` when the server starts and then once a day.
public final class OperationalPurgeSchedule: Sendable {
    private let store: InductionStore
    private let report: @Sendable (String) -> Void
    private let loop = PeriodicTask(name: "operational-purge")

    /// `report` hears of a failed purge; the next run tries again.
    public init(store: InductionStore, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.store = store
        self.report = report
    }

    public func start(every interval: TimeInterval = 86_400) {
        loop.start(every: interval) { [store, report] in
            do { try PurgeOperationalRows(store: store).purge(author: .system("induct serve")) } catch {
                report("operational purge failed: \(error)")
            }
        }
    }

    public func stop() {
        loop.stop()
    }
}
