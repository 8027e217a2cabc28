import CEpoll
import Glibc

extension EventLoop {
    func acceptConnections() {
        var address = [CChar](repeating: 0, count: 64)
        var shedding = SheddingOrder?.none
        while listening {
            if connections.count >= configuration.maxConnections {
                if shedding == nil { shedding = SheddingOrder(connections.values, now: .now) }
                if shedding?.isEmpty != false { break }
            }
            let fd = cepoll_accept_peer(listenFD, &address, Int32(address.count))
            if fd < 0 {
                switch errno {
                case EAGAIN, EWOULDBLOCK: return
                case EINTR, ECONNABORTED, EPROTO: continue
                default:
                    // EMFILE, ENFILE, ENOBUFS: pause; the timer tick resumes listening.
                    // EINVAL: the server has shut the listener down.
                    stopListening()
                    return
                }
            }
            let id = nextID
            nextID += 1
            let remote = address.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            let connection = Connection(
                id: id, fd: fd, remoteAddress: remote, configuration: configuration, now: .now, interest: Self.epollIn
            )
            guard cepoll_ctl(epollFD, EPOLL_CTL_ADD, fd, Self.epollIn, id) == 0 else {
                close(fd)
                continue
            }
            // Accepted first, so that nobody is shed for a connection that is not there.
            if connections.count >= configuration.maxConnections { _ = shedSlowest(&shedding) }
            connections[id] = connection
        }
        // At the connection limit with nobody to shed: leave the rest in the backlog until one closes.
        if connections.count >= configuration.maxConnections { stopListening() }
    }

    /// Closes the slowest sheddable connection, at once and with no 408: its slot is for the
    /// connection waiting in the backlog. False when nobody may be shed.
    private func shedSlowest(_ order: inout SheddingOrder?) -> Bool {
        if order == nil { order = SheddingOrder(connections.values, now: .now) }
        while let id = order?.next() {
            guard let victim = connections[id] else { continue }
            closeConnection(victim)
            return true
        }
        return false
    }

    func stopListening() {
        guard listening else { return }
        _ = cepoll_ctl(epollFD, EPOLL_CTL_DEL, listenFD, 0, Self.listenID)
        listening = false
    }

    func resumeListening() {
        guard !listening, graceDeadline == nil else { return }
        let now = ContinuousClock.now
        guard connections.count < configuration.maxConnections
            || connections.values.contains(where: { $0.timeouts.progressRate(now: now) != nil }) else { return }
        // EPOLLEXCLUSIVE: one new connection wakes one loop, not all of them.
        listening = cepoll_ctl(epollFD, EPOLL_CTL_ADD, listenFD, Self.epollIn | Self.epollExclusive, Self.listenID) == 0
    }

    func closeConnection(_ connection: Connection) {
        guard connections.removeValue(forKey: connection.id) != nil else { return }
        close(connection.fd)
        resumeListening()
    }

    func setInterest(_ connection: Connection, _ events: UInt32) {
        guard connection.interest != events else { return }
        connection.interest = events
        _ = cepoll_ctl(epollFD, EPOLL_CTL_MOD, connection.fd, events, connection.id)
    }
}
