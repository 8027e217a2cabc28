/// The one handler signature: synchronous, run on a worker thread.
public typealias HTTPHandler = @Sendable (HTTPRequest) -> HTTPResponse
