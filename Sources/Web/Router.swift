import HTTP

/// Routes by method and path; `:name` segments capture one path segment. HEAD is answered by GET.
public struct Router: Sendable {
    struct Route: Sendable {
        let method: String
        let segments: [Substring]
        let responder: Responder
    }

    private var routes: [Route] = []

    public init() {}

    public mutating func add(_ method: String, _ pattern: String, _ responder: @escaping Responder) {
        routes.append(Route(method: method, segments: Self.segments(pattern), responder: responder))
    }

    public mutating func get(_ pattern: String, _ responder: @escaping Responder) { add("GET", pattern, responder) }
    public mutating func post(_ pattern: String, _ responder: @escaping Responder) { add("POST", pattern, responder) }

    /// The responder for a request, with its parameters set; throws 404 or 405.
    public func responder(for context: RequestContext) throws -> (Responder, [String: String]) {
        let method = context.request.method == "HEAD" ? "GET" : context.request.method
        let path = Self.segments(context.request.path)
        var allowed: [String] = []
        for route in routes {
            guard let parameters = Self.match(route.segments, path) else { continue }
            if route.method == method { return (route.responder, parameters) }
            allowed.append(route.method)
        }
        if allowed.isEmpty { throw HTTPError.notFound }
        if allowed.contains("GET") { allowed.append("HEAD") }
        throw HTTPError.methodNotAllowed(allowed: allowed)
    }

    public var responder: Responder {
        { context in
            let (responder, parameters) = try self.responder(for: context)
            var routed = context
            routed.parameters = parameters
            return try responder(routed)
        }
    }

    static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    static func match(_ pattern: [Substring], _ path: [Substring]) -> [String: String]? {
        guard pattern.count == path.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, actual) in zip(pattern, path) {
            if expected.hasPrefix(":") {
                parameters[String(expected.dropFirst())] = String(actual)
            } else if expected != actual {
                return nil
            }
        }
        return parameters
    }
}
