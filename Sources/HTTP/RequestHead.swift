/// The request line and header fields, collected line by line as they arrive.
struct RequestHead: Sendable {
    var method = ""
    var target = ""
    var path = ""
    var query: [(name: String, value: String)] = []
    var version: HTTPVersion = .http11
    var headers = HTTPHeaders()
    var hasRequestLine = false
    var headerCount = 0
    var headBytes = 0

    func request(body: [UInt8]) -> HTTPRequest {
        HTTPRequest(
            method: method, target: target, path: path, query: query,
            version: version, headers: headers, body: body
        )
    }
}
