import Foundation
import HTTP
import Induction
import Web

/// A browser stand-in that drives `Application.handle(_:)` in process: it keeps the cookies that
/// Set-Cookie gives, remembers the `_csrf` field of the last page that had one and sends it with
/// POSTs, and signs in through the real form. Not thread-safe: one test, one session.
public final class TestSession {
    public let application: Application
    /// The peer address the requests come from; set it to the trusted proxy to test forwarded headers.
    public var remoteAddress: String
    /// Sent with every request, e.g. `X-Forwarded-Proto: https` behind the trusted proxy.
    public var defaultHeaders: [(String, String)]
    public var host = "localhost"
    public private(set) var cookies: [String: String] = [:]
    /// The `_csrf` value of the last page that carried one.
    public private(set) var csrfToken: String?
    private var requestCount = 0

    public init(_ application: Application, remoteAddress: String = "127.0.0.1", defaultHeaders: [(String, String)] = []) {
        self.application = application
        self.remoteAddress = remoteAddress
        self.defaultHeaders = defaultHeaders
    }

    /// What a POST sends in `_csrf`.
    public enum CSRF {
        /// The token from the last page seen.
        case fromPage
        /// No `_csrf` field at all.
        case none
        case value(String)
    }

    @discardableResult
    public func get(_ target: String, headers: [(String, String)] = []) -> TestResponse {
        send(method: "GET", target: target, headers: headers, body: [])
    }

    @discardableResult
    public func post(_ target: String, form: [(String, String)] = [], csrf: CSRF = .fromPage,
                     headers: [(String, String)] = []) -> TestResponse {
        var fields = form
        switch csrf {
        case .fromPage: if let csrfToken { fields.insert(("_csrf", csrfToken), at: 0) }
        case .none: break
        case .value(let token): fields.insert(("_csrf", token), at: 0)
        }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return send(method: "POST", target: target,
                    headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: Array(body.utf8))
    }

    /// Signs in through GET and POST /sign-in, as a person would. Returns the POST's response.
    @discardableResult
    public func signIn(_ email: String, password: String = TestEnvironment.demoPassword) -> TestResponse {
        get("/sign-in")
        return post("/sign-in", form: [("email", email), ("password", password)])
    }

    /// Signs in without the password (argon2id costs a few hundred milliseconds): a session made by
    /// the session store as sign-in makes it, acting in `grantID` (else the person's first role), with
    /// its CSRF token ready for POSTs. For tests whose subject is not the sign-in form itself.
    public func adoptSession(userID: Int, grantID: Int? = nil) throws {
        let (token, session) = try application.services.sessions.start(userID: userID, secondFactorPending: false,
                                                                       clientAddress: remoteAddress, replacing: nil, activeGrantID: grantID)
        cookies[sessionCookieName] = token
        csrfToken = session.csrfToken
    }

    /// A visitor's session, as the sign-in page starts one, with its CSRF token ready for POSTs.
    public func adoptVisitorSession() throws {
        let (token, session) = try application.services.sessions.startAnonymous(clientAddress: remoteAddress)
        cookies[sessionCookieName] = token
        csrfToken = session.csrfToken
    }

    /// The cookie that carries the session: `__Host-session` over https, else `induct_session`.
    public var sessionCookieName: String {
        let https = defaultHeaders.contains { $0.0.lowercased() == "x-forwarded-proto" && $0.1.lowercased() == "https" }
        return https ? "__Host-session" : "induct_session"
    }

    public var sessionToken: String? { cookies[sessionCookieName] }

    public func setCookie(_ name: String, _ value: String?) {
        cookies[name] = value
    }

    public func forgetCSRFToken() {
        csrfToken = nil
    }

    public func send(method: String, target: String, headers: [(String, String)], body: [UInt8]) -> TestResponse {
        requestCount += 1
        let question = target.firstIndex(of: "?")
        let rawPath = String(target[..<(question ?? target.endIndex)])
        // The server's parser percent-decodes the path (RFC 3986 2.1); do the same.
        let path = rawPath.removingPercentEncoding ?? rawPath
        let query = question.flatMap { try? FormURLEncoded.decode(String(target[target.index(after: $0)...])) } ?? []
        var fields: [(String, String)] = [("Host", host)] + defaultHeaders
        if !cookies.isEmpty {
            fields.append(("Cookie", cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")))
        }
        fields += headers
        if !body.isEmpty || method == "POST" { fields.append(("Content-Length", String(body.count))) }
        let request = HTTPRequest(method: method, target: target, path: path, query: query, headers: HTTPHeaders(fields),
                                  body: body, remoteAddress: remoteAddress, requestID: String(format: "test%04d", requestCount))
        let response = TestResponse(application.handle(request))
        for header in response.setCookies { apply(setCookie: header) }
        if let token = response.csrfToken { csrfToken = token }
        return response
    }

    private func apply(setCookie header: String) {
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let pair = parts.first, let equals = pair.firstIndex(of: "=") else { return }
        let name = String(pair[..<equals])
        let value = String(pair[pair.index(after: equals)...])
        let expired = parts.contains { $0.lowercased() == "max-age=0" }
        cookies[name] = expired || value.isEmpty ? nil : value
    }

    /// application/x-www-form-urlencoded: unreserved characters pass, space is "+".
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.append(Character(UnicodeScalar(byte)))
            case UInt8(ascii: " "):
                result.append("+")
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
