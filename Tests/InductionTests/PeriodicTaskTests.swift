import Foundation
import Induction
import Synchronization
import XCTest

/// Issue 8: the outbox delivery and the session purge share one background loop.
final class PeriodicTaskTests: XCTestCase {
    func testItRunsAtOnceThenRepeatsUntilStoppedAndAStartWhileRunningDoesNothing() {
        let runs = Mutex(0)
        let task = PeriodicTask(name: "periodic-task-test")
        task.start(every: 0.02) { runs.withLock { $0 += 1 } }
        task.start(every: 0.02) { runs.withLock { $0 += 1_000 } }
        let deadline = Date().addingTimeInterval(5)
        while runs.withLock({ $0 }) < 3 && Date() < deadline { usleep(10_000) }
        task.stop()
        let stopped = runs.withLock { $0 }
        XCTAssertGreaterThanOrEqual(stopped, 3)
        XCTAssertLessThan(stopped, 1_000, "the second start was ignored")
        usleep(100_000)
        XCTAssertEqual(runs.withLock { $0 }, stopped, "nothing runs after stop")
        task.stop()
    }
}
