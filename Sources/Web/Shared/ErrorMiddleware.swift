import HTTP

/// The one place where errors become responses. Known errors render their page; anything else is a
/// plain 500 naming the request id, which is logged, so no stack trace or SQL reaches the client.
public struct ErrorMiddleware: Middleware {
    let pages: PageRenderer

    public init(pages: PageRenderer) {
        self.pages = pages
    }

    public func respond(to context: RequestContext, next: Responder) throws -> HTTPResponse {
        do {
            return try next(context)
        } catch let error as HTTPError {
            return render(error, context: context)
        } catch {
            AccessLog.standardError([LogLine("request_failed", level: .error, [
                ("id", context.requestID), ("user", context.principal.map { String($0.user.id) } ?? "-"),
                ("error", String(describing: type(of: error))), ("detail", String(describing: error)),
            ]).description])
            return render(HTTPError(status: 500, title: "Sorry, there is a problem with the service",
                                    message: "Try again later. If you contact support, quote reference \(context.requestID)."),
                          context: context)
        }
    }

    private func render(_ error: HTTPError, context: RequestContext) -> HTTPResponse {
        var response: HTTPResponse
        do {
            response = try pages.render("pages/error", title: error.title, context: context, status: error.status,
                                        values: ["heading": .string(error.title), "message": .string(error.message)])
        } catch {
            response = .text("Sorry, there is a problem with the service. Reference \(context.requestID).", status: 500)
        }
        for (name, value) in error.headers { response.headers.set(name, value) }
        return response
    }
}
