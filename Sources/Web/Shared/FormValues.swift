import HTTP

/// A decoded `application/x-www-form-urlencoded` or `multipart/form-data` body. Missing fields read
/// as empty strings; values are kept exactly as typed so a re-rendered form loses nothing.
public struct FormValues: Sendable {
    public private(set) var pairs: [(name: String, value: String)]
    /// The parts of a multipart form that carry a file (a `filename`), in order.
    public private(set) var files: [MultipartPart] = []

    public init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    public subscript(name: String) -> String {
        pairs.first { $0.name == name }?.value ?? ""
    }

    public func has(_ name: String) -> Bool {
        pairs.contains { $0.name == name }
    }

    /// The file chosen in the field `name`; nil when none was chosen (browsers then send an empty
    /// part with an empty filename).
    public func file(_ name: String) -> MultipartPart? {
        files.first { $0.name == name && !($0.filename ?? "").isEmpty }
    }

    /// Decodes a form body; a malformed one is a 400 with a plain message.
    public static func decode(_ request: HTTPRequest) throws -> FormValues {
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") { return try decodeMultipart(request) }
        guard request.body.isEmpty || type.hasPrefix("application/x-www-form-urlencoded") else {
            throw HTTPError(status: 415, title: "Unsupported form", message: "Send the form as application/x-www-form-urlencoded or multipart/form-data.")
        }
        do {
            return FormValues(try FormURLEncoded.decode(request.body))
        } catch {
            throw HTTPError(status: 400, title: "Bad request", message: "The form could not be read. Go back and try again.")
        }
    }

    /// Fields become pairs (they must be UTF-8, as the page's charset asks); parts with a filename
    /// are kept as bytes. The CSRF middleware has bounded the body's size already.
    private static func decodeMultipart(_ request: HTTPRequest) throws -> FormValues {
        let parts: [MultipartPart]
        do {
            parts = try MultipartFormData.parse(request.body, contentType: request.headers["Content-Type"] ?? "",
                                                limits: MultipartLimits(maxBodyBytes: request.body.count))
        } catch {
            throw HTTPError(status: 400, title: "Bad request", message: "The form could not be read (\(error.message)). Go back and try again.")
        }
        var values = FormValues()
        for part in parts {
            if part.filename != nil {
                values.files.append(part)
            } else if let text = String(validating: part.body, as: UTF8.self) {
                values.pairs.append((part.name, text))
            } else {
                throw HTTPError(status: 400, title: "Bad request", message: "The form could not be read (a field is not UTF-8). Go back and try again.")
            }
        }
        return values
    }
}
