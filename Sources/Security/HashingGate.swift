import Foundation

/// At most `limit` Argon2id computations at once, process-wide: each takes 64 MiB while it runs,
/// so a burst of sign-ins queues here instead of multiplying the server's memory (issue 12: resident
/// memory under load at most 100 MiB).
final class HashingGate: @unchecked Sendable {
    // @unchecked: `running` is only read or written while holding `condition`.
    private let condition = NSCondition()
    private var running = 0
    let limit: Int

    static let shared = HashingGate(limit: 1)

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func run<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        while running >= limit { condition.wait() }
        running += 1
        condition.unlock()
        defer {
            condition.lock()
            running -= 1
            condition.signal()
            condition.unlock()
        }
        return try body()
    }
}
