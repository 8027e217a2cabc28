import Glibc

/// One `event=request` line per request: request id, method, path (no query), status, body bytes,
/// milliseconds and, when signed in, the user id the application put on the response.
public enum AccessLog {
    public static let standardError: @Sendable (String) -> Void = { line in
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }

    static func line(requestID: String, method: String, path: String, status: Int, bytes: Int, duration: Duration,
                     user: String? = nil) -> String {
        let micros = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        let millis = "\(micros / 1000).\((micros % 1000) / 100)"
        var fields = [("id", requestID), ("method", method), ("path", path), ("status", String(status)),
                      ("bytes", String(bytes)), ("ms", millis)]
        if let user { fields.append(("user", user)) }
        return LogLine("request", level: status >= 500 ? .error : .info, fields).description
    }
}
