import HTTP
import Induction
import SQLite
import Templates

/// Everything a running Induct needs, and the handler the HTTP server calls.
public final class Application: Sendable {
    public let database: Database
    public let pages: PageRenderer
    public let staticFiles: StaticFiles
    public let time: any TimeSource
    public let servedOverHTTPS: Bool
    private let responder: Responder

    public init(database: Database, templates: TemplateLibrary, staticFiles: StaticFiles,
                time: any TimeSource = SystemTimeSource(), servedOverHTTPS: Bool = false) {
        self.database = database
        self.pages = PageRenderer(templates: templates)
        self.staticFiles = staticFiles
        self.time = time
        self.servedOverHTTPS = servedOverHTTPS
        var router = Router()
        Routes.register(on: &router, database: database, pages: pages)
        let middleware: [any Middleware] = [
            SecurityHeadersMiddleware(servedOverHTTPS: servedOverHTTPS),
            ErrorMiddleware(pages: pages),
        ]
        self.responder = middleware.wrapping(router.responder)
    }

    /// The HTTP server's handler: static files first, then the routed application.
    public var handler: HTTPHandler {
        { [self] request in handle(request) }
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        if var response = staticFiles.response(for: request) {
            SecurityHeadersMiddleware.apply(to: &response, https: servedOverHTTPS)
            return response
        }
        do {
            return try responder(RequestContext(request: request))
        } catch {
            // ErrorMiddleware turns every error into a page; this is its last resort.
            return .text("Sorry, there is a problem with the service. Reference \(request.requestID).", status: 500)
        }
    }
}
