import Foundation

/// Every limit of the server in one place; defaults follow design.md's "HTTP limits" table.
public struct ServerConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    /// 0 asks the kernel for an ephemeral port (tests); read it back from `HTTPServer.port`.
    public var port: Int = 8080
    /// Threads running the synchronous handlers, shared out among the event loops.
    public var workerCount: Int = max(4, 2 * ProcessInfo.processInfo.activeProcessorCount)
    /// Event-loop threads, each with its own epoll set, all accepting from one listening socket.
    public var eventLoopCount = 1
    /// Requests (method, path) the event loop answers itself instead of handing them to a worker:
    /// no thread switch each way, but the loop's other connections wait while the handler runs, and a
    /// handler stuck there outlasts the shutdown grace period. Only for quick handlers; nil: none.
    public var answersOnLoop: (@Sendable (String, String) -> Bool)?

    public var maxRequestLineBytes = 8 * 1024
    public var maxHeaderLineBytes = 8 * 1024
    public var maxHeadBytes = 32 * 1024
    public var maxHeaderCount = 100
    public var maxBodyBytes = 1024 * 1024
    /// A route's own body limit, higher or lower than `maxBodyBytes`, decided from the head before
    /// any of the body is read (the CSV import takes 2 MiB); nil keeps `maxBodyBytes`.
    public var bodyLimitForPath: (@Sendable (String) -> Int?)?
    /// Bounds one chunk-size line including extensions (RFC 9112 7.1.1).
    public var maxChunkLineBytes = 4 * 1024

    /// From accept (or the first byte after keep-alive idle) until the whole head has arrived.
    public var headerReadTimeout: Duration = .seconds(10)
    /// Longest gap between two reads of a body.
    public var bodyInactivityTimeout: Duration = .seconds(10)
    /// A body must keep up a minimum rate (Apache mod_reqtimeout's MinRate): it may take this long,
    /// plus one second for every `minimumBodyBytesPerSecond` bytes received so far.
    public var bodyGracePeriod: Duration = .seconds(10)
    public var minimumBodyBytesPerSecond = 1024
    /// How long a connection is spared from shedding at the connection limit.
    public var sheddingGracePeriod: Duration = .seconds(1)
    /// How long a kept-alive connection may wait for its next request.
    public var keepAliveIdleTimeout: Duration = .seconds(10)
    /// Longest gap without write progress while sending a response.
    public var writeTimeout: Duration = .seconds(30)
    /// After a closing response, read and discard for at most this long so the client
    /// sees the response instead of a reset (RFC 9112 9.6).
    public var lingerTimeout: Duration = .seconds(2)

    /// At this many open connections, each new one replaces the slowest reading or idle connection
    /// (fewest bytes per second); the listener pauses only when none can be shed.
    public var maxConnections = 4096
    public var listenBacklog: Int32 = 1024
    public var shutdownGracePeriod: Duration = .seconds(5)

    /// Added to the responses the server writes itself (400, 408, 413, 431, 501, 505, a handler's
    /// crash): the application fills it with the security headers its pages carry.
    public var defaultResponseHeaders = HTTPHeaders()

    /// One line per request on stderr.
    public var accessLog: Bool = true
    /// Where access-log lines go, a loop's pass at a time (one write for many requests); replaced in tests.
    public var accessLogSink: @Sendable ([String]) -> Void = AccessLog.standardError

    public init() {}

    func bodyLimit(forPath path: String) -> Int {
        bodyLimitForPath?(path) ?? maxBodyBytes
    }
}
