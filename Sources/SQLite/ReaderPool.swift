import Foundation

/// A fixed set of reader connections; `checkOut` blocks while all are lent.
final class ReaderPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var available: [Connection]

    init(_ connections: [Connection]) {
        available = connections
    }

    func checkOut() -> Connection {
        condition.lock()
        defer { condition.unlock() }
        while available.isEmpty {
            condition.wait()
        }
        return available.removeLast()
    }

    func checkIn(_ connection: Connection) {
        condition.lock()
        available.append(connection)
        condition.signal()
        condition.unlock()
    }
}
