import Foundation
import HTTP

/// One response from `TestSession`, with the parts tests read: status, headers, text, the
/// redirect target, the `_csrf` hidden field and the page's h1.
public struct TestResponse {
    public let response: HTTPResponse

    public init(_ response: HTTPResponse) {
        self.response = response
    }

    public var status: Int { response.status }
    public var headers: HTTPHeaders { response.headers }
    public var text: String { String(decoding: response.body, as: UTF8.self) }
    public var location: String? { response.headers["Location"] }
    public var setCookies: [String] { response.headers.values("Set-Cookie") }

    /// The value of the first `_csrf` hidden field on the page.
    public var csrfToken: String? { HTML.firstMatch(#"name="_csrf" value="([^"]*)""#, in: text) }

    /// The text of the page's first h1, tags removed and entities decoded.
    public var heading: String? { HTML.firstMatch(#"<h1[^>]*>(.*?)</h1>"#, in: text).map(HTML.plainText) }

    /// The `<title>` text, entities decoded.
    public var title: String? { HTML.firstMatch(#"<title>(.*?)</title>"#, in: text).map(HTML.plainText) }

    /// True for a 303 to the sign-in page (with or without `next`).
    public var isSignInRedirect: Bool {
        status == 303 && (location == "/sign-in" || location?.hasPrefix("/sign-in?next=") == true)
    }
}

/// Just enough HTML reading for tests; the pages are ours, so their shape is known.
public enum HTML {
    public static func firstMatch(_ pattern: String, in text: String) -> String? {
        allMatches(pattern, in: text).first
    }

    /// The first capture group of every match.
    public static func allMatches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    public static func plainText(_ html: String) -> String {
        let stripped = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return decodeEntities(stripped).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&amp;", with: "&")
    }
}
