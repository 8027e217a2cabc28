/// The request-target split into a decoded path and query (RFC 9112 3.2).
struct RequestTarget: Equatable {
    var raw: String
    var path: String
    var query: [(name: String, value: String)]

    static func == (a: RequestTarget, b: RequestTarget) -> Bool {
        a.raw == b.raw && a.path == b.path && a.query.elementsEqual(b.query) { $0 == $1 }
    }

    static func parse(_ bytes: ArraySlice<UInt8>, method: String) -> Result<RequestTarget, ParseError> {
        // Visible ASCII only; a fragment is never sent (RFC 9112 3.2).
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "#") }) else {
            return .failure(ParseError(400, "invalid request target"))
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        if raw == "*" {
            // RFC 9112 3.2.4: asterisk-form is only for OPTIONS.
            return method == "OPTIONS" ? .success(RequestTarget(raw: raw, path: "*", query: [])) : .failure(ParseError(400, "invalid request target"))
        }
        var originForm = bytes
        if bytes.first != UInt8(ascii: "/") {
            // RFC 9112 3.2.2: absolute-form must be accepted; keep its path and query.
            let lower = raw.lowercased()
            let scheme = lower.hasPrefix("http://") ? 7 : lower.hasPrefix("https://") ? 8 : 0
            guard scheme > 0 else { return .failure(ParseError(400, "invalid request target")) }
            let afterScheme = bytes.dropFirst(scheme)
            guard let slash = afterScheme.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) else {
                return .success(RequestTarget(raw: raw, path: "/", query: []))
            }
            originForm = bytes[slash...]
        }
        let question = originForm.firstIndex(of: UInt8(ascii: "?")) ?? originForm.endIndex
        do {
            var path = try FormURLEncoded.decodeComponent(originForm[originForm.startIndex..<question], plusAsSpace: false)
            if path.isEmpty { path = "/" }
            let query = question == originForm.endIndex ? [] : try FormURLEncoded.decode(Array(originForm[(question + 1)...]))
            return .success(RequestTarget(raw: raw, path: path, query: query))
        } catch {
            return .failure(ParseError(400, "malformed percent-encoding in target"))
        }
    }
}
