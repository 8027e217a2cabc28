import Glibc

extension EventLoop {
    /// Reads what the socket has (level-triggered), then parses at most up to one complete request.
    func readable(_ connection: Connection) {
        for _ in 0..<4 {
            let count = read(connection.fd, readBuffer.baseAddress, readBuffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                if errno != EAGAIN && errno != EWOULDBLOCK { closeConnection(connection) }
                return
            }
            if count == 0 {
                // EOF: a half-received request cannot be answered usefully.
                closeConnection(connection)
                return
            }
            if connection.stage == .lingering { continue }
            connection.parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
            process(connection, receivedBytes: count)
            guard connection.stage == .reading, count == readBuffer.count else { return }
        }
    }

    /// Parses buffered bytes; dispatches a complete request, answers an error, or waits for more.
    func process(_ connection: Connection, receivedBytes: Int) {
        var receivedBytes = receivedBytes
        while true {
            let now = ContinuousClock.now
            let next = connection.parser.next()
            if case .request(let request) = next, configuration.answersOnLoop?(request.method, request.path) == true {
                answerOnLoop(request, on: connection, since: now)
                // Kept alive with the answer written: parse the next pipelined request here, not by recursion.
                guard connection.stage == .reading, connections[connection.id] != nil else { return }
                receivedBytes = 0
                continue
            }
            dispatch(next, on: connection, receivedBytes: receivedBytes, now: now)
            return
        }
    }

    /// A parsed request becomes the connection's one request in hand.
    private func take(_ request: HTTPRequest, on connection: Connection, since now: ContinuousClock.Instant) -> WorkItem {
        var item = WorkItem(connectionID: connection.id, request: request, received: now)
        item.request.remoteAddress = connection.remoteAddress
        item.request.requestID = requestIDs.next()
        connection.stage = .handling
        connection.timeouts.dispatched()
        return item
    }

    private func answerOnLoop(_ request: HTTPRequest, on connection: Connection, since now: ContinuousClock.Instant) {
        var item = take(request, on: connection, since: now)
        connection.answeringOnLoop = true
        item.response = handler(item.request)
        respond(to: item)
        connection.answeringOnLoop = false
    }

    private func dispatch(_ next: ParseResult, on connection: Connection, receivedBytes: Int, now: ContinuousClock.Instant) {
        switch next {
        case .needMore:
            if receivedBytes > 0 || connection.parser.phase != .idle {
                connection.timeouts.received(now: now, inBody: connection.parser.phase == .body, bytes: receivedBytes)
            }
            setInterest(connection, Self.epollIn)
        case .expectContinue:
            connection.timeouts.received(now: now, inBody: true, bytes: receivedBytes)
            send(ResponseSerializer.continueBytes, on: connection, then: .resumeReading)
        case .request(let request):
            let item = take(request, on: connection, since: now)
            // Stop reading: the next pipelined request waits, unparsed, until this one is answered.
            setInterest(connection, 0)
            workers?.submit(item)
        case .error(let error):
            respondToError(status: error.status, on: connection, since: now)
        }
    }

    /// A refused or timed-out request: a short plain-text answer, then close.
    func respondToError(status: Int, on connection: Connection, since start: ContinuousClock.Instant) {
        let response = ResponseSerializer.errorResponse(status: status, headers: configuration.defaultResponseHeaders)
        let bytes = ResponseSerializer.serialize(response, isHead: false, keepAlive: false, version: .http11, date: dates.now())
        log(requestID: requestIDs.next(), method: "-", path: "-", status: status, bytes: response.body.count, since: start)
        send(bytes, on: connection, then: .close)
    }

    func log(requestID: String, method: String, path: String, status: Int, bytes: Int, since start: ContinuousClock.Instant,
             user: String? = nil) {
        guard configuration.accessLog else { return }
        pendingLogLines.append(AccessLog.line(
            requestID: requestID, method: method, path: path, status: status, bytes: bytes, duration: start.duration(to: .now),
            user: user
        ))
    }

    func flushLog() {
        guard !pendingLogLines.isEmpty else { return }
        configuration.accessLogSink(pendingLogLines)
        pendingLogLines.removeAll(keepingCapacity: true)
    }
}
