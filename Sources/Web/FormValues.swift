import HTTP

/// A decoded `application/x-www-form-urlencoded` body. Missing fields read as empty strings;
/// values are kept exactly as typed so a re-rendered form loses nothing.
public struct FormValues: Sendable {
    public private(set) var pairs: [(name: String, value: String)]

    public init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    public subscript(name: String) -> String {
        pairs.first { $0.name == name }?.value ?? ""
    }

    public func has(_ name: String) -> Bool {
        pairs.contains { $0.name == name }
    }

    /// Decodes a form body; a malformed one is a 400 with a plain message.
    public static func decode(_ request: HTTPRequest) throws -> FormValues {
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        guard request.body.isEmpty || type.hasPrefix("application/x-www-form-urlencoded") else {
            throw HTTPError(status: 415, title: "Unsupported form", message: "Send the form as application/x-www-form-urlencoded.")
        }
        do {
            return FormValues(try FormURLEncoded.decode(request.body))
        } catch {
            throw HTTPError(status: 400, title: "Bad request", message: "The form could not be read. Go back and try again.")
        }
    }
}
