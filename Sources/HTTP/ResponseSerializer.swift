/// Turns a handler's response into bytes, adding the framing headers the server owns.
enum ResponseSerializer {
    static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Headers the server computes itself; a handler's values for these are replaced.
    private static let serverOwned: Set<String> = ["content-length", "connection", "date", "transfer-encoding", "keep-alive"]

    static func serialize(
        _ response: HTTPResponse, isHead: Bool, keepAlive: Bool, version: HTTPVersion, date: String
    ) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(HTTPStatus.reasonPhrase(response.status))\r\n"
        let noBody = HTTPStatus.forbidsBody(response.status)
        var declaredLength: String?
        for field in response.headers {
            let lower = field.name.lowercased()
            if lower == "content-length" { declaredLength = field.value }
            // A field that would split the response (CR, LF, NUL) is dropped, never sent.
            guard !serverOwned.contains(lower), isSafe(field.name), isSafe(field.value), !field.name.isEmpty else { continue }
            head += "\(field.name): \(field.value)\r\n"
        }
        head += "Date: \(date)\r\n"
        if !noBody {
            // RFC 9110 9.3.2: HEAD gets the length GET would send; keep a handler's own when it sent no body.
            if isHead, response.body.isEmpty, let declared = declaredLength, !declared.isEmpty, declared.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                head += "Content-Length: \(declared)\r\n"
            } else {
                head += "Content-Length: \(response.body.count)\r\n"
            }
        }
        if !keepAlive {
            head += "Connection: close\r\n"
        } else if version == .http10 {
            head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        var bytes = Array(head.utf8)
        if !isHead && !noBody { bytes.append(contentsOf: response.body) }
        return bytes
    }

    /// The short plain-text answer to a request the parser refused.
    static func errorResponse(status: Int, headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        var response = HTTPResponse.text("\(status) \(HTTPStatus.reasonPhrase(status))\n", status: status)
        for field in headers where !response.headers.contains(field.name) { response.headers.add(field.name, field.value) }
        return response
    }

    private static func isSafe(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 13 || $0 == 10 || $0 == 0 }
    }
}
