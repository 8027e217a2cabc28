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
    let bodyGrace: Duration
    let minimumBodyRate: Int
    let sheddingGrace: Duration
    let keepAliveIdle: Duration
    let write: Duration
    let linger: Duration
    private(set) var state: State
    /// When the current state began and how many bytes arrived in it: the body's rate deadline and
    /// the choice of whom to shed both read them.
    private(set) var phaseStart: Instant
    private(set) var phaseBytes = 0

    init(configuration: ServerConfiguration, now: Instant) {
        headerRead = configuration.headerReadTimeout
        bodyInactivity = configuration.bodyInactivityTimeout
        bodyGrace = configuration.bodyGracePeriod
        minimumBodyRate = configuration.minimumBodyBytesPerSecond
        sheddingGrace = configuration.sheddingGracePeriod
        phaseStart = now
        keepAliveIdle = configuration.keepAliveIdleTimeout
        write = configuration.writeTimeout
        linger = configuration.lingerTimeout
        state = .awaitingHead(since: now, sawBytes: false)
    }

    /// `bytes` of a request arrived; `inBody` is true once the whole head has been parsed.
    mutating func received(now: Instant, inBody: Bool, bytes: Int = 0) {
        switch state {
        case .keepAliveIdle:
            enter(inBody ? .readingBody(lastActivity: now) : .awaitingHead(since: now, sawBytes: true), now: now)
        case .awaitingHead(let since, _):
            if inBody {
                enter(.readingBody(lastActivity: now), now: now)
            } else {
                state = .awaitingHead(since: since, sawBytes: true)
            }
        case .readingBody:
            state = .readingBody(lastActivity: now)
        case .handling, .writing, .lingering:
            return
        }
        phaseBytes += bytes
    }

    private mutating func enter(_ newState: State, now: Instant) {
        state = newState
        phaseStart = now
        phaseBytes = 0
    }

    mutating func dispatched() { state = .handling }

    /// A write started or made progress.
    mutating func wrote(now: Instant) { state = .writing(lastProgress: now) }

    /// After `100 Continue` has been written, the body's inactivity clock starts.
    mutating func resumeReadingBody(now: Instant) { enter(.readingBody(lastActivity: now), now: now) }

    mutating func responseFinished(now: Instant) { enter(.keepAliveIdle(since: now), now: now) }

    mutating func startLingering(now: Instant) { enter(.lingering(since: now), now: now) }

    /// When the current deadline falls, if there is one.
    var deadline: Instant? {
        switch state {
        case .awaitingHead(let since, _): since + headerRead
        case .readingBody(let last): min(last + bodyInactivity, bodyRateDeadline)
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

    /// Like Apache's mod_reqtimeout `body=…,MinRate=…`: the grace period, extended by one second
    /// for every `minimumBodyRate` bytes received, so a body trickled a byte at a time within the
    /// inactivity limit still ends, while a slow but steady upload carries on.
    var bodyRateDeadline: Instant {
        let earned = minimumBodyRate > 0 ? Duration.milliseconds(Int64(phaseBytes) * 1000 / Int64(minimumBodyRate)) : .seconds(86_400)
        return phaseStart + bodyGrace + earned
    }

    /// Bytes per second in the current phase, for shedding the slowest connection when the server is
    /// at its connection limit; nil for one that may not be shed: a worker owns its request, it is
    /// writing a response, or it is younger than the shedding grace (it may not have spoken yet).
    func progressRate(now: Instant) -> Double? {
        switch state {
        case .handling, .writing: return nil
        case .awaitingHead, .readingBody, .keepAliveIdle, .lingering: break
        }
        let age = phaseStart.duration(to: now)
        guard age >= sheddingGrace else { return nil }
        let seconds = Double(age.components.seconds) + Double(age.components.attoseconds) / 1e18
        return Double(phaseBytes) / max(seconds, 0.001)
    }
}
