extension RequestParser {
    /// Decides how the body is delimited and whether to answer `100 Continue`,
    /// rejecting the ambiguous framings that enable request smuggling.
    func framingOf(_ head: RequestHead) -> Result<(BodyFraming, expectContinue: Bool), ParseError> {
        let hosts = head.headers.values("Host")
        // RFC 9112 3.2: exactly one Host on 1.1; never more than one.
        if hosts.count > 1 { return .failure(ParseError(400, "duplicate Host")) }
        if hosts.isEmpty && head.version == .http11 { return .failure(ParseError(400, "missing Host")) }
        // RFC 9110 7.2 / RFC 3986 3.2: uri-host [":" port]; a space, control or other byte is invalid.
        if let host = hosts.first, !host.utf8.allSatisfy(Self.isHostByte) { return .failure(ParseError(400, "invalid Host")) }

        let transferEncodings = head.headers.values("Transfer-Encoding")
        let contentLengths = head.headers.values("Content-Length")
        var framing = BodyFraming.none
        if !transferEncodings.isEmpty {
            // RFC 9112 6.1: TE with CL, or TE on 1.0, is a smuggling vector; reject and close.
            if !contentLengths.isEmpty { return .failure(ParseError(400, "Content-Length with Transfer-Encoding")) }
            if head.version == .http10 { return .failure(ParseError(400, "Transfer-Encoding on HTTP/1.0")) }
            guard transferEncodings.count == 1, transferEncodings[0].lowercased() == "chunked" else {
                return .failure(ParseError(501, "unsupported transfer coding"))
            }
            framing = .chunked
        } else if !contentLengths.isEmpty {
            // RFC 9112 6.3: a list or repeated Content-Length is invalid here, even if equal.
            guard contentLengths.count == 1 else { return .failure(ParseError(400, "duplicate Content-Length")) }
            let digits = Array(contentLengths[0].utf8)
            guard !digits.isEmpty, digits.allSatisfy(Self.isDigit) else { return .failure(ParseError(400, "invalid Content-Length")) }
            let significant = digits.drop { $0 == UInt8(ascii: "0") }
            guard significant.count <= 15, let length = Int(String(decoding: digits, as: UTF8.self)),
                  length <= configuration.bodyLimit(forPath: head.path) else { return .failure(ParseError(413, "body too large")) }
            framing = length == 0 ? .none : .length(length)
        }

        var expectContinue = false
        let expectations = head.headers.values("Expect")
        // RFC 9110 10.1.1: an expectation in a 1.0 request is ignored.
        if !expectations.isEmpty && head.version == .http11 {
            guard expectations.count == 1, expectations[0].lowercased() == "100-continue" else {
                return .failure(ParseError(417, "unsupported expectation"))
            }
            expectContinue = framing != .none
        }
        return .success((framing, expectContinue))
    }

    /// unreserved, sub-delims, "%" of pct-encoded, ":" before the port and "[" "]" of an IP-literal.
    static func isHostByte(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte, or: "-._~!$&'()*+,;=%:[]")
    }
}
