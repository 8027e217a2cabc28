import Foundation

extension HTTPRequest {
    /// RFC 9112 9.3: 1.1 persists unless "close"; 1.0 persists only with "keep-alive".
    var wantsKeepAlive: Bool {
        let tokens = headers.values("Connection")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if tokens.contains("close") { return false }
        return version == .http11 || tokens.contains("keep-alive")
    }

    /// The path part of the raw target, safe to log: it never includes query values.
    var loggablePath: String {
        String(target.prefix { $0 != "?" })
    }
}
