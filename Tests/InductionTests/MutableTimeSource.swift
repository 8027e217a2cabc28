import Foundation
import Induction
import Synchronization

/// A clock the test moves by hand.
final class MutableTimeSource: TimeSource {
    private let instant: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_600_800)) {
        instant = Mutex(start)
    }

    func now() -> Date {
        instant.withLock { $0 }
    }

    func advance(by seconds: TimeInterval) {
        instant.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    func advance(minutes: Double) {
        advance(by: minutes * 60)
    }
}
