import Foundation
import Glibc

extension EventLoop {
    /// A worker's response arrives on the loop thread: frame it and start writing.
    func respond(to item: WorkItem) {
        let request = item.request
        let response = item.response ?? ResponseSerializer.errorResponse(status: 500, headers: configuration.defaultResponseHeaders)
        let isHead = request.method == "HEAD"
        let handlerCloses = response.headers.values("Connection").contains { Self.namesClose($0) }
        let keepAlive = request.wantsKeepAlive && !handlerCloses && graceDeadline == nil
        log(requestID: request.requestID, method: request.method, path: response.loggedPath ?? request.loggablePath,
            status: response.status, bytes: isHead ? 0 : response.body.count, since: item.received, user: response.loggedUser)
        guard let connection = connections[item.connectionID] else { return }
        let bytes = ResponseSerializer.serialize(
            response, isHead: isHead, keepAlive: keepAlive, version: request.version, date: dates.now()
        )
        send(bytes, on: connection, then: keepAlive ? .keepAlive : .close)
    }

    /// A `Connection` value lists "close" among its options (RFC 9110 7.6.1), in any case.
    static func namesClose(_ value: String) -> Bool {
        value.split(separator: ",").contains { HTTPHeaders.sameName($0.trimmingCharacters(in: .whitespaces), "close") }
    }

    func send(_ bytes: [UInt8], on connection: Connection, then afterWrite: Connection.AfterWrite) {
        connection.output = bytes
        connection.written = 0
        connection.afterWrite = afterWrite
        connection.stage = .writing
        connection.timeouts.wrote(now: .now)
        flush(connection)
    }

    /// Writes without blocking; waits for EPOLLOUT when the socket buffer is full.
    func flush(_ connection: Connection) {
        while connection.written < connection.output.count {
            let count = connection.output.withUnsafeBytes { bytes in
                Glibc.send(connection.fd, bytes.baseAddress! + connection.written, bytes.count - connection.written, Int32(MSG_NOSIGNAL))
            }
            if count > 0 {
                connection.written += count
                connection.timeouts.wrote(now: .now)
            } else if count < 0 && errno == EINTR {
                continue
            } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                setInterest(connection, Self.epollOut)
                return
            } else {
                closeConnection(connection)
                return
            }
        }
        connection.output = []
        let now = ContinuousClock.now
        switch connection.afterWrite {
        case .close:
            // RFC 9112 9.6: with input possibly still coming, half-close and read until the client
            // closes, so a reset does not destroy our answer; otherwise close at once.
            guard connection.parser.phase != .idle || connection.parser.hasUnparsedBytes else {
                closeConnection(connection)
                return
            }
            shutdown(connection.fd, Int32(SHUT_WR))
            connection.stage = .lingering
            connection.timeouts.startLingering(now: now)
            setInterest(connection, Self.epollIn)
        case .keepAlive:
            connection.stage = .reading
            connection.timeouts.responseFinished(now: now)
            if !connection.answeringOnLoop { process(connection, receivedBytes: 0) }
        case .resumeReading:
            connection.stage = .reading
            connection.timeouts.resumeReadingBody(now: now)
            process(connection, receivedBytes: 0)
        }
    }
}
