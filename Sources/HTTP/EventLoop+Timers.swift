extension EventLoop {
    /// Applies every connection's current deadline; runs about every 100 ms.
    func checkTimers(now: ContinuousClock.Instant) {
        for connection in Array(connections.values) {
            switch connection.timeouts.check(now: now) {
            case .none:
                continue
            case .close:
                closeConnection(connection)
            case .respond408AndClose:
                respondToError(status: 408, on: connection, since: now)
            }
        }
        // Recover from EMFILE or a full table once descriptors are free again.
        resumeListening()
    }

    /// Stop accepting, drop connections with no request in flight, let the rest finish within the grace period.
    func beginShutdown(now: ContinuousClock.Instant) {
        graceDeadline = now + configuration.shutdownGracePeriod
        stopListening()
        for connection in Array(connections.values) where connection.stage == .reading && connection.parser.phase != .body {
            closeConnection(connection)
        }
    }
}
