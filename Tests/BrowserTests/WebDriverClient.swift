import Foundation
import InductTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A minimal W3C WebDriver client over a plain socket: URLSession cannot read chromedriver's
/// replies ("Content-Length:250" has no space), so we speak HTTP/1.1 ourselves.
final class WebDriverClient {
    struct Failure: Error, CustomStringConvertible { let description: String }

    let port: Int
    private(set) var sessionID = ""

    init(port: Int) { self.port = port }

    func startSession() throws {
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"],
            ],
        ] as [String: Any]]]
        let value = try send("POST", "/session", capabilities)
        guard let id = (value as? [String: Any])?["sessionId"] as? String else { throw Failure(description: "no session id in \(value)") }
        sessionID = id
    }

    func endSession() {
        _ = try? send("DELETE", "/session/\(sessionID)", nil)
    }

    func navigate(to url: String) throws {
        _ = try send("POST", "/session/\(sessionID)/url", ["url": url])
    }

    func title() throws -> String {
        try send("GET", "/session/\(sessionID)/title", nil) as? String ?? ""
    }

    /// Texts of every element matching a CSS selector.
    func texts(of selector: String) throws -> [String] {
        let elements = try send("POST", "/session/\(sessionID)/elements", ["using": "css selector", "value": selector]) as? [[String: Any]] ?? []
        return try elements.compactMap { element in
            guard let id = element.values.first as? String else { return nil }
            return try send("GET", "/session/\(sessionID)/element/\(id)/text", nil) as? String
        }
    }

    func execute(_ script: String, arguments: [Any] = []) throws -> Any {
        try send("POST", "/session/\(sessionID)/execute/sync", ["script": script, "args": arguments])
    }

    func executeAsync(_ script: String, arguments: [Any] = []) throws -> Any {
        try send("POST", "/session/\(sessionID)/execute/async", ["script": script, "args": arguments])
    }

    /// Sends one command and returns its "value"; a WebDriver error becomes a thrown Failure.
    func send(_ method: String, _ path: String, _ body: Any?) throws -> Any {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(payload.count)\r\n\r\n"
        let reply = try RawHTTP.exchange(port: port, bytes: Array(head.utf8) + Array(payload))
        let json = try JSONSerialization.jsonObject(with: Data(reply.body), options: [.fragmentsAllowed])
        let value = (json as? [String: Any])?["value"] ?? NSNull()
        if reply.status >= 400 { throw Failure(description: "\(method) \(path) → \(reply.status): \(value)") }
        return value
    }
}
