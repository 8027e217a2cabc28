/// An error that already knows its status and a message written for people.
public struct HTTPError: Error, Sendable, Equatable {
    public let status: Int
    public let title: String
    public let message: String
    public var headers: [String: String]

    public init(status: Int, title: String, message: String, headers: [String: String] = [:]) {
        self.status = status
        self.title = title
        self.message = message
        self.headers = headers
    }

    public static let notFound = HTTPError(
        status: 404, title: "Page not found",
        message: "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address."
    )

    public static func methodNotAllowed(allowed: [String]) -> HTTPError {
        HTTPError(status: 405, title: "Method not allowed", message: "This page does not accept that kind of request.",
                  headers: ["Allow": allowed.joined(separator: ", ")])
    }
}
