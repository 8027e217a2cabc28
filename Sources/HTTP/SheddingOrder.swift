/// At the connection limit, the connections that may be closed to make room, slowest first:
/// fewest bytes per second in their current phase, so trickling bodies and heads and idle
/// keep-alives go before anyone being served.
struct SheddingOrder {
    private var order: [UInt64]

    init<S: Sequence>(_ connections: S, now: ContinuousClock.Instant) where S.Element == Connection {
        let rated = connections.compactMap { connection in
            connection.timeouts.progressRate(now: now).map { (rate: $0, id: connection.id) }
        }
        // Reversed so that `next()` pops the slowest from the end.
        order = rated.sorted { $0.rate > $1.rate || ($0.rate == $1.rate && $0.id > $1.id) }.map(\.id)
    }

    var isEmpty: Bool { order.isEmpty }

    mutating func next() -> UInt64? { order.popLast() }
}
