import Glibc

/// One `event=request` line per request: request id, method, path (no query), status, body bytes,
/// milliseconds and, when signed in, the user id the application put on the response.
public enum AccessLog {
    /// The lines of one pass of an event loop, written with one system call.
    public static let standardError: @Sendable ([String]) -> Void = { lines in
        var text = lines.joined(separator: "\n")
        text.append("\n")
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
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
