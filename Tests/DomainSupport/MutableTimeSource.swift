import Foundation
import Induction
import Synchronization

/// A clock the test moves by hand, starting at the fixed "now".
public final class MutableTimeSource: TimeSource {
    private let instant: Mutex<Date>

    public init(_ start: Date = TestFixtures.fixedDate) {
        instant = Mutex(start)
    }

    public func now() -> Date {
        instant.withLock { $0 }
    }

    public func advance(by seconds: TimeInterval) {
        instant.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    public func advance(minutes: Double) {
        advance(by: minutes * 60)
    }
}
