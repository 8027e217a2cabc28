import HTTP

/// design.md's headers on every response. Pages default to `no-store` because they carry
/// personal data; static files set their own Cache-Control.
public struct SecurityHeadersMiddleware: Middleware {
    static let contentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    public init() {}

    public func respond(to context: RequestContext, next: Responder) throws -> HTTPResponse {
        var response = try next(context)
        Self.apply(to: &response, https: context.isHTTPS)
        return response
    }

    /// For `ServerConfiguration.defaultResponseHeaders`: the server's own 400, 408, 413, 431, 501 and
    /// 505 answers carry the same headers as pages. The server cannot tell https there, so HSTS
    /// follows the public base URL; RFC 6797 8.1: browsers ignore it on a plain-http answer.
    public static func serverResponseHeaders(publicURLIsHTTPS: Bool) -> HTTPHeaders {
        var response = HTTPResponse()
        apply(to: &response, https: publicURLIsHTTPS)
        return response.headers
    }

    static func apply(to response: inout HTTPResponse, https: Bool) {
        response.headers.set("Content-Security-Policy", contentSecurityPolicy)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.set("X-Frame-Options", "DENY")
        if !response.headers.contains("Cache-Control") {
            response.headers.set("Cache-Control", "no-store")
        }
        if https {
            response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        }
    }
}
