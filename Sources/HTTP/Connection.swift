/// One client socket's state; owned and touched only by the event-loop thread.
final class Connection {
    enum Stage: Equatable {
        /// Reading and parsing; the only stage in which the socket is read for requests.
        case reading
        /// A worker holds the request; the socket is not read, so nothing past it is parsed.
        case handling
        case writing
        /// After a closing response: half-closed, discarding input until EOF or the linger deadline.
        case lingering
    }

    /// What to do once `output` has been written.
    enum AfterWrite {
        case keepAlive, close, resumeReading
    }

    let id: UInt64
    let fd: Int32
    let remoteAddress: String
    var parser: RequestParser
    var timeouts: ConnectionTimeouts
    var stage = Stage.reading
    var output: [UInt8] = []
    var written = 0
    var afterWrite = AfterWrite.keepAlive
    /// Set while the loop runs this connection's handler itself, so that finishing the write does
    /// not parse the next request recursively.
    var answeringOnLoop = false
    /// The epoll events currently registered, to skip redundant epoll_ctl calls.
    var interest: UInt32

    init(id: UInt64, fd: Int32, remoteAddress: String, configuration: ServerConfiguration, now: ContinuousClock.Instant, interest: UInt32) {
        self.id = id
        self.fd = fd
        self.remoteAddress = remoteAddress
        self.parser = RequestParser(configuration: configuration)
        self.timeouts = ConnectionTimeouts(configuration: configuration, now: now)
        self.interest = interest
    }
}
