/// Turns a handler's response into bytes, adding the framing headers the server owns.
enum ResponseSerializer {
    static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Headers the server computes itself; a handler's values for these are replaced.
    private static let serverOwned = ["content-length", "connection", "date", "transfer-encoding", "keep-alive"]

    static func serialize(
        _ response: HTTPResponse, isHead: Bool, keepAlive: Bool, version: HTTPVersion, date: String
    ) -> [UInt8] {
        let noBody = HTTPStatus.forbidsBody(response.status)
        let sendsBody = !isHead && !noBody
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512 + (sendsBody ? response.body.count : 0))
        bytes.append(contentsOf: "HTTP/1.1 \(response.status) \(HTTPStatus.reasonPhrase(response.status))\r\n".utf8)
        var declaredLength: String?
        for field in response.headers {
            if HTTPHeaders.sameName(field.name, "content-length") { declaredLength = field.value }
            // A field that would split the response (CR, LF, NUL) is dropped, never sent.
            guard !isServerOwned(field.name), isSafe(field.name), isSafe(field.value), !field.name.isEmpty else { continue }
            line(field.name, field.value, into: &bytes)
        }
        line("Date", date, into: &bytes)
        if !noBody {
            // RFC 9110 9.3.2: HEAD gets the length GET would send; keep a handler's own when it sent no body.
            if isHead, response.body.isEmpty, let declared = declaredLength, !declared.isEmpty, declared.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                line("Content-Length", declared, into: &bytes)
            } else {
                line("Content-Length", String(response.body.count), into: &bytes)
            }
        }
        if !keepAlive {
            line("Connection", "close", into: &bytes)
        } else if version == .http10 {
            line("Connection", "keep-alive", into: &bytes)
        }
        bytes.append(13)
        bytes.append(10)
        if sendsBody { bytes.append(contentsOf: response.body) }
        return bytes
    }

    private static func line(_ name: String, _ value: String, into bytes: inout [UInt8]) {
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: value.utf8)
        bytes.append(13)
        bytes.append(10)
    }

    private static func isServerOwned(_ name: String) -> Bool {
        serverOwned.contains { HTTPHeaders.sameName($0, name) }
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
