import Glibc

/// One line per request: request id, method, path (no query), status, body bytes, milliseconds.
public enum AccessLog {
    public static let standardError: @Sendable (String) -> Void = { line in
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }

    static func line(requestID: String, method: String, path: String, status: Int, bytes: Int, duration: Duration) -> String {
        let millis = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        return "\(requestID) \(method) \(path) \(status) \(bytes) \(millis)ms"
    }
}
