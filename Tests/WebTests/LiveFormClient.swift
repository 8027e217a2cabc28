import Foundation
import InductTestSupport

/// One person's browser against a live `induct serve`, over fresh connections. A reply counts only
/// when it was read whole: head and the full declared body. `@unchecked Sendable`: each client is
/// handed to one thread, which alone uses it from then on.
final class LiveFormClient: @unchecked Sendable {
    private let port: @Sendable () -> Int
    private(set) var cookie = ""
    private(set) var csrf = ""

    init(port: @escaping @Sendable () -> Int) {
        self.port = port
    }

    /// The reply, or nil when the server died (or was not yet up) before answering in full.
    func send(_ method: String, _ path: String, form: [(String, String)] = []) -> RawHTTP.Reply? {
        let body = form.map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&")
        var head = "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        if !cookie.isEmpty { head += "Cookie: \(cookie)\r\n" }
        if method == "POST" {
            head += "Origin: http://localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n"
        }
        guard let reply = try? RawHTTP.exchange(port: port(), bytes: Array((head + "\r\n" + body).utf8), timeoutSeconds: 10),
              reply.status > 0, Self.declaredLength(reply.head) == reply.body.count else { return nil }
        return reply
    }

    /// Signs in with the visitor's CSRF cookie; true once the session cookie is held.
    func signIn(email: String, password: String) -> Bool {
        cookie = ""
        guard let form = send("GET", "/sign-in"), let visitor = Self.cookie(form, "induct_csrf"),
              let token = HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: form.text) else { return false }
        cookie = visitor
        guard let signedIn = send("POST", "/sign-in", form: [("_csrf", token), ("email", email), ("password", password)]),
              signedIn.status == 303, let session = Self.cookie(signedIn, "induct_session") else { return false }
        cookie = session
        return true
    }

    /// Reads the form's CSRF token (and its version field, if any) from the page at `path`.
    func fields(of path: String) -> (csrf: String, version: String?)? {
        guard let page = send("GET", path), page.status == 200,
              let token = HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: page.text) else { return nil }
        return (token, HTML.firstMatch(#"name="version" value="([^"]*)""#, in: page.text))
    }

    static func location(_ reply: RawHTTP.Reply) -> String? {
        header(reply, "location")
    }

    private static func cookie(_ reply: RawHTTP.Reply, _ name: String) -> String? {
        let line = reply.head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: \(name)=") }
        return line.flatMap { $0.dropFirst("set-cookie: ".count).split(separator: ";").first.map(String.init) }
    }

    private static func header(_ reply: RawHTTP.Reply, _ name: String) -> String? {
        let line = reply.head.split(separator: "\r\n").first { $0.lowercased().hasPrefix(name + ":") }
        return line.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    private static func declaredLength(_ head: String) -> Int? {
        let line = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
        return line.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
    }

    private static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
