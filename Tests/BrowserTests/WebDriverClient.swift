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
            // Generous limits for scripts (axe) and page loads on a loaded machine; each returns when done.
            "timeouts": ["script": 120_000, "pageLoad": 120_000],
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

    /// Resizes the window (W3C "Set Window Rect"). Headless Chromium clamps `--window-size` to at least
    /// 500 px wide, but this sets the viewport to the width asked for, down to 320 px.
    func setWindowSize(width: Int, height: Int) throws {
        _ = try send("POST", "/session/\(sessionID)/window/rect", ["width": width, "height": height])
    }

    /// A PNG of the viewport.
    func screenshot() throws -> Data {
        guard let encoded = try send("GET", "/session/\(sessionID)/screenshot", nil) as? String,
              let png = Data(base64Encoded: encoded) else { throw Failure(description: "no screenshot") }
        return png
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

    /// The W3C element reference key.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// The first element matching a CSS selector; throws when there is none.
    func findElement(_ selector: String) throws -> String {
        let value = try send("POST", "/session/\(sessionID)/element", ["using": "css selector", "value": selector])
        guard let id = (value as? [String: Any])?[Self.elementKey] as? String else {
            throw Failure(description: "no element id for \(selector) in \(value)")
        }
        return id
    }

    /// Types into an element (W3C "Element Send Keys").
    func sendKeys(_ text: String, to element: String) throws {
        _ = try send("POST", "/session/\(sessionID)/element/\(element)/value", ["text": text])
    }

    func clear(_ element: String) throws {
        _ = try send("POST", "/session/\(sessionID)/element/\(element)/clear", [String: Any]())
    }

    func click(_ element: String) throws {
        _ = try send("POST", "/session/\(sessionID)/element/\(element)/click", [String: Any]())
    }

    func attribute(_ name: String, of element: String) throws -> String? {
        try send("GET", "/session/\(sessionID)/element/\(element)/attribute/\(name)", nil) as? String
    }

    /// Finds, clears and types into a field named by a CSS selector.
    func fill(_ selector: String, with text: String) throws {
        let element = try findElement(selector)
        try clear(element)
        try sendKeys(text, to: element)
    }

    func click(selector: String) throws {
        try click(try findElement(selector))
    }

    func currentURL() throws -> String {
        try send("GET", "/session/\(sessionID)/url", nil) as? String ?? ""
    }

    /// The current URL's path and query, e.g. "/sign-in?signed-out=1".
    func currentPath() throws -> String {
        guard let components = URLComponents(string: try currentURL()) else { return "" }
        return components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    /// Every cookie the browser holds for the current page, as W3C serialised cookies
    /// ("name", "value", "path", "httpOnly", "secure", "sameSite", …).
    func cookies() throws -> [[String: Any]] {
        try send("GET", "/session/\(sessionID)/cookie", nil) as? [[String: Any]] ?? []
    }

    func deleteAllCookies() throws {
        _ = try send("DELETE", "/session/\(sessionID)/cookie", nil)
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
