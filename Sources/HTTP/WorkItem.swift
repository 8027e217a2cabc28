/// A parsed request on its way to a worker, and its response on the way back to the loop.
struct WorkItem: Sendable {
    var connectionID: UInt64
    var request: HTTPRequest
    var received: ContinuousClock.Instant
    var response: HTTPResponse?
}
