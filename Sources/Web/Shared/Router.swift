import HTTP

/// Routes by method and path; `:name` segments capture one path segment. HEAD is answered by GET.
/// Every route declares its access rule, which the gate enforces before the controller runs.
public struct Router: Sendable {
    public struct Route: Sendable {
        public let method: String
        public let pattern: String
        public let rule: AccessRule
        let segments: [Substring]
        let responder: Responder
    }

    public private(set) var routes: [Route] = []

    public init() {}

    public mutating func add(_ method: String, _ pattern: String, _ rule: AccessRule, _ responder: @escaping Responder) {
        routes.append(Route(method: method, pattern: pattern, rule: rule, segments: Self.segments(pattern), responder: responder))
    }

    public mutating func get(_ pattern: String, _ rule: AccessRule, _ responder: @escaping Responder) {
        add("GET", pattern, rule, responder)
    }

    public mutating func post(_ pattern: String, _ rule: AccessRule, _ responder: @escaping Responder) {
        add("POST", pattern, rule, responder)
    }

    /// The matching route with its parameters; throws 404 or 405.
    public func route(for context: RequestContext) throws -> (Route, [String: String]) {
        let method = context.request.method == "HEAD" ? "GET" : context.request.method
        let path = Self.segments(context.request.path)
        var allowed: [String] = []
        for route in routes {
            guard let parameters = Self.match(route.segments, path) else { continue }
            if route.method == method { return (route, parameters) }
            allowed.append(route.method)
        }
        if allowed.isEmpty { throw HTTPError.notFound }
        if allowed.contains("GET") { allowed.append("HEAD") }
        throw HTTPError.methodNotAllowed(allowed: allowed)
    }

    /// Routes, checks the rule through `gate`, then runs the controller.
    public func responder(gate: AccessGate) -> Responder {
        { context in
            let (route, parameters) = try self.route(for: context)
            var routed = context
            routed.parameters = parameters
            if let denied = try gate.check(route.rule, routed) { return denied }
            return try route.responder(routed)
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
