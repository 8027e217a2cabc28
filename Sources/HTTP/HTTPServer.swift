import CEpoll
import Foundation
import Glibc
import Synchronization

/// An HTTP/1.1 server: epoll event-loop threads own the sockets and answer quick requests
/// themselves; fixed pools of worker threads run the other handlers, so idle and slow clients cost
/// no worker.
public final class HTTPServer: Sendable {
    private enum State: Sendable {
        case idle
        case running([EventLoop], listenFD: Int32)
        case stopped
    }

    public let configuration: ServerConfiguration
    private let handler: HTTPHandler
    private let state = Mutex(State.idle)
    private let boundPort = Atomic<Int>(0)
    private let stopped = Latch()
    let signalsInstalled = Atomic<Bool>(false)

    public init(configuration: ServerConfiguration, handler: @escaping HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
    }

    /// Binds and listens now (so errors surface here), then serves on its own threads.
    public func start() throws {
        try state.withLock { state in
            guard case .idle = state else { throw HTTPServerError("server already started or stopped") }
            _ = cepoll_raise_nofile()
            signal(SIGPIPE, SIG_IGN)
            let host = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
            var bound: Int32 = 0
            let listenFD = cepoll_listen(host, Int32(configuration.port), configuration.listenBacklog, &bound)
            guard listenFD >= 0 else {
                throw HTTPServerError("cannot listen on \(configuration.host):\(configuration.port): \(String(cString: strerror(errno)))")
            }
            let loops: [EventLoop]
            do {
                loops = try makeLoops(listenFD: listenFD)
            } catch {
                close(listenFD)
                throw error
            }
            boundPort.store(Int(bound), ordering: .releasing)
            state = .running(loops, listenFD: listenFD)
            let stopped = self.stopped
            Thread.detachNewThread {
                for loop in loops { loop.finished.wait() }
                close(listenFD)
                stopped.open()
            }
            for (index, loop) in loops.enumerated() { loop.start(index: index) }
        }
    }

    /// The bound port, useful after starting on port 0; 0 before start.
    public var port: Int { boundPort.load(ordering: .acquiring) }

    /// Graceful: stop accepting, finish requests in flight, close idle connections.
    /// Returns when every connection is closed or the grace period has expired.
    public func shutdown() {
        let running: ([EventLoop], Int32)? = state.withLock { state in
            switch state {
            case .running(let loops, let listenFD): return (loops, listenFD)
            case .idle:
                state = .stopped
                stopped.open()
                return nil
            case .stopped: return nil
            }
        }
        if let (loops, listenFD) = running {
            for loop in loops { loop.requestShutdown() }
            // Refuses new connections at once; the descriptor itself is closed when every loop has stopped.
            Glibc.shutdown(listenFD, Int32(SHUT_RDWR))
        }
        stopped.wait(timeout: configuration.shutdownGracePeriod + .seconds(1))
    }

    /// The loops share out the connection limit and the workers.
    private func makeLoops(listenFD: Int32) throws -> [EventLoop] {
        let count = max(1, configuration.eventLoopCount)
        var share = configuration
        share.maxConnections = max(1, (configuration.maxConnections + count - 1) / count)
        let workers = max(1, (configuration.workerCount + count - 1) / count)
        let requestIDs = RequestIDGenerator()
        return try (0..<count).map { _ in
            try EventLoop(configuration: share, listenFD: listenFD, workerCount: workers, requestIDs: requestIDs, handler: handler)
        }
    }

    /// Blocks the caller until shutdown has completed.
    public func waitUntilStopped() {
        stopped.wait()
    }
}
