/// A parsed request, handed to the application's handler.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The raw request-target as sent, e.g. "/ects?school=1".
    public var target: String
    /// The percent-decoded path without the query, e.g. "/ects".
    public var path: String
    /// Decoded query items in order (application/x-www-form-urlencoded rules).
    public var query: [(name: String, value: String)]
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The peer's address as text, e.g. "127.0.0.1".
    public var remoteAddress: String
    /// A short id unique to this request, written in the access log.
    public var requestID: String

    public init(
        method: String, target: String, path: String, query: [(name: String, value: String)] = [],
        version: HTTPVersion = .http11, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
        remoteAddress: String = "127.0.0.1", requestID: String = "-"
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.requestID = requestID
    }

    /// The first query value of this name.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}
