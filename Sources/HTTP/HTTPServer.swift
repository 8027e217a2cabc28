import CEpoll
import Foundation
import Glibc
import Synchronization

/// An HTTP/1.1 server: one epoll event-loop thread owns the sockets, a fixed pool of worker
/// threads runs the synchronous handler, so idle and slow clients cost no worker.
public final class HTTPServer: Sendable {
    private enum State: Sendable {
        case idle
        case running(EventLoop)
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
            let loop = try EventLoop(configuration: configuration, handler: handler)
            boundPort.store(loop.port, ordering: .releasing)
            state = .running(loop)
            let stopped = self.stopped
            Thread.detachNewThread {
                loop.finished.wait()
                stopped.open()
            }
            loop.start()
        }
    }

    /// The bound port, useful after starting on port 0; 0 before start.
    public var port: Int { boundPort.load(ordering: .acquiring) }

    /// Graceful: stop accepting, finish requests in flight, close idle connections.
    /// Returns when every connection is closed or the grace period has expired.
    public func shutdown() {
        let loop: EventLoop? = state.withLock { state in
            switch state {
            case .running(let loop): return loop
            case .idle:
                state = .stopped
                stopped.open()
                return nil
            case .stopped: return nil
            }
        }
        loop?.requestShutdown()
        stopped.wait(timeout: configuration.shutdownGracePeriod + .seconds(1))
    }

    /// Blocks the caller until shutdown has completed.
    public func waitUntilStopped() {
        stopped.wait()
    }
}
