import CEpoll
import Foundation
import Glibc
import Synchronization

/// A thread that owns its sockets: accepts from the shared listener, reads and parses without
/// blocking, answers quick requests itself and hands the rest to its worker pool, and writes the
/// responses in order.
final class EventLoop: @unchecked Sendable {
    // @unchecked: every `var` below is touched only on the loop thread. Other threads reach the loop
    // only through `inbox` (a Mutex) and by writing to `wakeFD`.
    struct Inbox {
        var completed: [WorkItem] = []
        var shutdownRequested = false
        /// Set at tear-down so a late worker never writes to a closed (maybe reused) eventfd.
        var closed = false
    }

    static let listenID: UInt64 = 0
    static let wakeID: UInt64 = 1
    static let epollIn = EPOLLIN.rawValue, epollOut = EPOLLOUT.rawValue
    static let epollErr = EPOLLERR.rawValue, epollHup = EPOLLHUP.rawValue
    static let epollExclusive = EPOLLEXCLUSIVE.rawValue

    let configuration: ServerConfiguration
    let epollFD: Int32
    let wakeFD: Int32
    /// Shared by every loop and closed by the server once all have stopped.
    let listenFD: Int32
    let inbox = Mutex(Inbox())
    let requestIDs: RequestIDGenerator
    let handler: HTTPHandler
    let finished = Latch()
    var workers: WorkerPool?
    var connections: [UInt64: Connection] = [:]
    var nextID: UInt64 = 2
    var listening = false
    var graceDeadline: ContinuousClock.Instant?
    var lastTimerCheck = ContinuousClock.now
    var dates = HTTPDateCache()
    var pendingLogLines: [String] = []
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)

    init(configuration: ServerConfiguration, listenFD: Int32, workerCount: Int, requestIDs: RequestIDGenerator,
         handler: @escaping HTTPHandler) throws {
        self.configuration = configuration
        self.listenFD = listenFD
        self.requestIDs = requestIDs
        self.handler = handler
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard epollFD >= 0, wakeFD >= 0 else {
            if epollFD >= 0 { close(epollFD) }
            if wakeFD >= 0 { close(wakeFD) }
            throw HTTPServerError("cannot create epoll or eventfd: \(String(cString: strerror(errno)))")
        }
        _ = cepoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, Self.epollIn, Self.wakeID)
        resumeListening()
        workers = WorkerPool(count: workerCount, handler: handler) { [self] item in
            let open = inbox.withLock { inbox in
                if !inbox.closed { inbox.completed.append(item) }
                return !inbox.closed
            }
            if open { self.wake() }
        }
    }

    func start(index: Int) {
        let name = "http-loop-\(index)"
        let thread = Thread { [self] in
            cepoll_name_thread(name)
            run()
        }
        thread.name = name
        thread.start()
    }

    /// Safe from any thread.
    func requestShutdown() {
        inbox.withLock { $0.shutdownRequested = true }
        wake()
    }

    func wake() {
        inbox.withLock { inbox in
            guard !inbox.closed else { return }
            var one: UInt64 = 1
            _ = write(wakeFD, &one, 8)
        }
    }

    private func run() {
        var events = [UInt32](repeating: 0, count: 256)
        var data = [UInt64](repeating: 0, count: 256)
        while true {
            var timeout: Int32 = 250
            if let graceDeadline {
                let left = ContinuousClock.now.duration(to: graceDeadline)
                timeout = max(0, min(timeout, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)))
            }
            let count = cepoll_wait(epollFD, &events, &data, 256, timeout)
            if count < 0 && errno != EINTR { break }
            for index in 0..<max(0, Int(count)) {
                switch data[index] {
                case Self.listenID: acceptConnections()
                case Self.wakeID: drainInbox()
                default:
                    if let connection = connections[data[index]] { handle(connection, events: events[index]) }
                }
            }
            flushLog()
            let now = ContinuousClock.now
            if lastTimerCheck.duration(to: now) >= .milliseconds(100) {
                lastTimerCheck = now
                checkTimers(now: now)
            }
            if let graceDeadline, connections.isEmpty || now >= graceDeadline { break }
        }
        tearDown()
    }

    private func drainInbox() {
        var counter: UInt64 = 0
        _ = read(wakeFD, &counter, 8)
        let (completed, shutdownRequested) = inbox.withLock { inbox in
            defer { inbox.completed.removeAll() }
            return (inbox.completed, inbox.shutdownRequested)
        }
        for item in completed { respond(to: item) }
        if shutdownRequested && graceDeadline == nil { beginShutdown(now: .now) }
    }

    private func handle(_ connection: Connection, events: UInt32) {
        if events & (Self.epollErr | Self.epollHup) != 0 {
            closeConnection(connection)
            return
        }
        if events & Self.epollIn != 0 && (connection.stage == .reading || connection.stage == .lingering) {
            readable(connection)
        }
        if events & Self.epollOut != 0 && connection.stage == .writing, connections[connection.id] != nil {
            flush(connection)
        }
    }

    private func tearDown() {
        flushLog()
        for connection in connections.values { close(connection.fd) }
        connections.removeAll()
        stopListening()
        workers?.stop()
        workers = nil
        inbox.withLock { inbox in
            inbox.closed = true
            close(wakeFD)
        }
        close(epollFD)
        readBuffer.deallocate()
        finished.open()
    }
}
