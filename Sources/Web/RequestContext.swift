import HTTP

/// What a handler knows about the request it is answering. Later: the signed-in user and session.
public struct RequestContext: Sendable {
    public var request: HTTPRequest
    /// Values of `:name` segments in the matched route.
    public var parameters: [String: String] = [:]

    public init(request: HTTPRequest) {
        self.request = request
    }

    public var requestID: String { request.requestID }
}
