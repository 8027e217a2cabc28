import HTTP

/// The one handler signature inside the application.
public typealias Responder = @Sendable (RequestContext) throws -> HTTPResponse

/// The one middleware signature: wrap the next responder.
public protocol Middleware: Sendable {
    func respond(to context: RequestContext, next: Responder) throws -> HTTPResponse
}

extension Array where Element == any Middleware {
    /// Builds the chain so that the first middleware runs first.
    func wrapping(_ responder: @escaping Responder) -> Responder {
        reversed().reduce(responder) { next, middleware in
            { context in try middleware.respond(to: context, next: next) }
        }
    }
}
