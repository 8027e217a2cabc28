import Synchronization

/// Eight hex digits: a random start plus a counter, so ids are unique within a run and unguessable across runs.
final class RequestIDGenerator: Sendable {
    private let counter = Atomic<UInt32>(UInt32.random(in: 0...UInt32.max))

    func next() -> String {
        let value = counter.wrappingAdd(1, ordering: .relaxed).newValue
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
