import HTTP
import Induction
import Templates

/// Everything a running Induct needs, and the handler the HTTP server calls.
public final class Application: Sendable {
    public let services: Services
    public let pages: PageRenderer
    public let staticFiles: StaticFiles
    public let configuration: ApplicationConfiguration
    public let router: Router
    private let responder: Responder
    private let health: HealthController

    public init(store: InductionStore, templates: TemplateLibrary, staticFiles: StaticFiles,
                configuration: ApplicationConfiguration = ApplicationConfiguration()) {
        var configured = Services(store: store, baseURL: configuration.baseURL)
        configured.mailIsDelivered = configuration.mailIsDelivered
        let services = configured
        self.services = services
        self.pages = PageRenderer(templates: templates)
        self.staticFiles = staticFiles
        self.configuration = configuration
        var router = Router()
        Routes.register(on: &router, services: services, pages: pages)
        self.router = router
        self.health = HealthController(reader: services.reader)
        let audit: @Sendable (AuditEvent) -> Void = { services.audit($0) }
        let middleware: [any Middleware] = [
            SecurityHeadersMiddleware(),
            ErrorMiddleware(pages: pages),
            SessionMiddleware(store: services.sessions, visitorCSRF: VisitorCSRF(authenticator: configuration.visitorCSRFKey)),
            CSRFMiddleware(audit: audit),
        ]
        self.responder = middleware.wrapping(router.responder(gate: AccessGate(audit: audit)))
    }

    /// For `ServerConfiguration.bodyLimitForPath`: the CSV import's routes take bodies up to 2 MiB,
    /// an evidence upload one file of 10 MB.
    @Sendable public static func bodyLimit(forPath path: String) -> Int? {
        if CSRFMiddleware.isEvidencePath(path) { return CSRFMiddleware.evidenceFormBodyLimit }
        return CSRFMiddleware.isImportPath(path) ? CSRFMiddleware.importFormBodyLimit : nil
    }

    /// What the server needs to know about the application's routes: their body limits and which
    /// requests the event loops answer themselves. `induct serve` and the live tests both use it.
    public static func shape(_ server: inout ServerConfiguration) {
        server.bodyLimitForPath = bodyLimit(forPath:)
        server.answersOnLoop = answersOnLoop(method:path:)
    }

    /// For `ServerConfiguration.answersOnLoop`: page views, static files and /healthz are quick
    /// reads, answered on the event loop; forms (Argon2 sign-ins, writes that may wait for SQLite's
    /// write lock) and whole-list exports go to the workers.
    @Sendable public static func answersOnLoop(method: String, path: String) -> Bool {
        guard method == "GET" || method == "HEAD" else { return false }
        return !path.hasSuffix(".csv") && !path.hasSuffix(".json") && !path.hasSuffix("/export")
            && !path.hasPrefix("/ab/returns/exports/")
    }

    /// The HTTP server's handler: static files first, then the routed application.
    public var handler: HTTPHandler {
        { [self] request in handle(request) }
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        let client = ClientInfo(request: request, trustedProxy: configuration.trustedProxy)
        // A load balancer's probe needs no session, CSRF or route lookup (issue 12: /healthz
        // at 1.4 × a bare "hello"); the route stays registered for HEAD and the permission matrix.
        if request.method == "GET", request.path == "/healthz" {
            var response = health.check()
            SecurityHeadersMiddleware.apply(to: &response, https: client.isHTTPS)
            return response
        }
        if var response = staticFiles.response(for: request) {
            SecurityHeadersMiddleware.apply(to: &response, https: client.isHTTPS)
            return response
        }
        let context = RequestContext(request: request, clientAddress: client.address, isHTTPS: client.isHTTPS)
        var response: HTTPResponse
        do {
            response = try responder(context)
        } catch {
            // ErrorMiddleware turns every error into a page; this is its last resort.
            response = .text("Sorry, there is a problem with the service. Reference \(request.requestID).", status: 500)
        }
        response.loggedUser = context.principal.map { String($0.user.id) }
        response.loggedPath = Self.loggedPath(request.path)
        return response
    }

    /// The path as the access log shows it: reset and invitation tokens are secrets, so they are dropped.
    static func loggedPath(_ path: String) -> String? {
        for prefix in ["/reset-password/", "/invitations/"] where path.hasPrefix(prefix) && path.count > prefix.count {
            return prefix + "[token]"
        }
        return nil
    }
}
