import Foundation

/// A one-way gate: threads wait until it opens, once.
final class Latch: @unchecked Sendable {
    // @unchecked: `isOpen` is only read or written while holding `condition`.
    private let condition = NSCondition()
    private var isOpen = false

    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }

    func wait() {
        condition.lock()
        while !isOpen { condition.wait() }
        condition.unlock()
    }

    /// Returns whether the latch opened before the timeout.
    @discardableResult
    func wait(timeout: Duration) -> Bool {
        let limit = Date().addingTimeInterval(Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
        condition.lock()
        defer { condition.unlock() }
        while !isOpen {
            if !condition.wait(until: limit) { return isOpen }
        }
        return true
    }
}
