import HTTP
import Induction

/// What a handler knows about the request it is answering.
public struct RequestContext: Sendable {
    public var request: HTTPRequest
    /// Values of `:name` segments in the matched route.
    public var parameters: [String: String] = [:]
    /// The client's address: the peer's, or X-Forwarded-For's last hop when the peer is our proxy.
    public var clientAddress: String
    /// True when the client reached us over https (directly, or through the trusted proxy).
    public var isHTTPS: Bool
    public let session: SessionState
    /// The decoded form body of a POST, once the CSRF middleware has read it.
    public var form: FormValues = FormValues()

    public init(request: HTTPRequest, clientAddress: String? = nil, isHTTPS: Bool = false, session: SessionState = SessionState()) {
        self.request = request
        self.clientAddress = clientAddress ?? request.remoteAddress
        self.isHTTPS = isHTTPS
        self.session = session
    }

    public var requestID: String { request.requestID }
    public var principal: Principal? { session.principal }

    /// A path parameter that must be a positive whole number; anything else is a 404.
    public func id(_ name: String) throws -> Int {
        guard let text = parameters[name], text.count <= 18, let value = Int(text), value > 0 else { throw HTTPError.notFound }
        return value
    }
}
