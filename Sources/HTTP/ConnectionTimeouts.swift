/// Which deadline governs a connection, as a pure state machine over an injected clock.
/// The event loop reports what happened and asks `check(now:)` on every tick.
struct ConnectionTimeouts: Sendable {
    typealias Instant = ContinuousClock.Instant

    enum State: Equatable, Sendable {
        /// Waiting for the head; `sawBytes` decides between a 408 and a silent close.
        case awaitingHead(since: Instant, sawBytes: Bool)
        case readingBody(lastActivity: Instant)
        /// A worker owns the request: no deadline, shutdown's grace period bounds it.
        case handling
        case writing(lastProgress: Instant)
        case keepAliveIdle(since: Instant)
        case lingering(since: Instant)
    }

    enum Action: Equatable, Sendable {
        case none
        case close
        case respond408AndClose
    }

    let headerRead: Duration
    let bodyInactivity: Duration
    let keepAliveIdle: Duration
    let write: Duration
    let linger: Duration
    private(set) var state: State

    init(configuration: ServerConfiguration, now: Instant) {
        headerRead = configuration.headerReadTimeout
        bodyInactivity = configuration.bodyInactivityTimeout
        keepAliveIdle = configuration.keepAliveIdleTimeout
        write = configuration.writeTimeout
        linger = configuration.lingerTimeout
        state = .awaitingHead(since: now, sawBytes: false)
    }

    /// Bytes of a request arrived; `inBody` is true once the whole head has been parsed.
    mutating func received(now: Instant, inBody: Bool) {
        switch state {
        case .keepAliveIdle:
            state = inBody ? .readingBody(lastActivity: now) : .awaitingHead(since: now, sawBytes: true)
        case .awaitingHead(let since, _):
            state = inBody ? .readingBody(lastActivity: now) : .awaitingHead(since: since, sawBytes: true)
        case .readingBody:
            state = .readingBody(lastActivity: now)
        case .handling, .writing, .lingering:
            break
        }
    }

    mutating func dispatched() { state = .handling }

    /// A write started or made progress.
    mutating func wrote(now: Instant) { state = .writing(lastProgress: now) }

    /// After `100 Continue` has been written, the body's inactivity clock starts.
    mutating func resumeReadingBody(now: Instant) { state = .readingBody(lastActivity: now) }

    mutating func responseFinished(now: Instant) { state = .keepAliveIdle(since: now) }

    mutating func startLingering(now: Instant) { state = .lingering(since: now) }

    /// When the current deadline falls, if there is one.
    var deadline: Instant? {
        switch state {
        case .awaitingHead(let since, _): since + headerRead
        case .readingBody(let last): last + bodyInactivity
        case .handling: nil
        case .writing(let last): last + write
        case .keepAliveIdle(let since): since + keepAliveIdle
        case .lingering(let since): since + linger
        }
    }

    func check(now: Instant) -> Action {
        guard let deadline, now >= deadline else { return .none }
        switch state {
        case .awaitingHead(_, let sawBytes): return sawBytes ? .respond408AndClose : .close
        case .readingBody: return .respond408AndClose
        case .handling: return .none
        case .writing, .keepAliveIdle, .lingering: return .close
        }
    }
}
