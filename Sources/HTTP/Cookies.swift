/// Cookie parsing (RFC 6265 5.4) and Set-Cookie building (RFC 6265 4.1).
public enum Cookies {
    /// Name → value from every Cookie header; the first of a repeated name wins.
    public static func parse(_ headers: HTTPHeaders) -> [String: String] {
        var cookies: [String: String] = [:]
        for header in headers.values("Cookie") {
            for pair in header.split(separator: ";") {
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let name = pair[..<equals].trimmingSpaces()
                var value = pair[pair.index(after: equals)...].trimmingSpaces()
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                if !name.isEmpty, cookies[name] == nil { cookies[name] = value }
            }
        }
        return cookies
    }

    public enum SameSite: String, Sendable { case lax = "Lax", strict = "Strict" }

    public static func setCookie(
        name: String, value: String, path: String = "/", maxAge: Int? = nil,
        httpOnly: Bool = true, secure: Bool, sameSite: SameSite = .lax
    ) -> String {
        var parts = ["\(name)=\(value)", "Path=\(path)"]
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        if secure { parts.append("Secure") }
        if httpOnly { parts.append("HttpOnly") }
        parts.append("SameSite=\(sameSite.rawValue)")
        return parts.joined(separator: "; ")
    }
}

extension Substring {
    /// Without spaces and tabs at either end, by UTF-8 bytes: this runs for every cookie of every request.
    fileprivate func trimmingSpaces() -> String {
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 32 || bytes[start] == 9 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 32 || bytes[before] == 9 else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

extension HTTPRequest {
    public var cookies: [String: String] { Cookies.parse(headers) }
}
