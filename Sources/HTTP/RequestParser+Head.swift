extension RequestParser {
    enum HeadStep {
        case needMore, complete, error(ParseError)
    }

    static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    static let sp = UInt8(ascii: " "), htab = UInt8(ascii: "\t")

    /// Consumes complete lines of the head, checking every limit as bytes arrive.
    mutating func parseHead(_ head: inout RequestHead) -> HeadStep {
        while true {
            guard let lineFeed = buffer[max(scanFrom, consumed)...].firstIndex(of: Self.lf) else {
                scanFrom = buffer.count
                return checkPartialLine(head)
            }
            let start = consumed
            let lineLength = lineFeed + 1 - start
            // RFC 9112 2.2: a bare LF or a bare CR is not a line terminator we accept.
            guard lineFeed > start, buffer[lineFeed - 1] == Self.cr else { return .error(ParseError(400, "bare LF")) }
            let content = buffer[start..<(lineFeed - 1)]
            guard !content.contains(Self.cr) else { return .error(ParseError(400, "bare CR")) }
            consumed = lineFeed + 1
            scanFrom = consumed
            head.headBytes += lineLength
            if !head.hasRequestLine {
                // RFC 9112 2.2: ignore empty lines before the request-line (bounded by the head limit).
                if content.isEmpty {
                    if head.headBytes > configuration.maxRequestLineBytes { return .error(ParseError(400, "too many empty lines")) }
                    continue
                }
                if content.count > configuration.maxRequestLineBytes { return .error(requestLineTooLong(content)) }
                if let error = parseRequestLine(content, into: &head) { return .error(error) }
                continue
            }
            if head.headBytes > configuration.maxHeadBytes { return .error(ParseError(431, "head too large")) }
            if content.isEmpty { return .complete }
            if content.count > configuration.maxHeaderLineBytes { return .error(ParseError(431, "header line too long")) }
            head.headerCount += 1
            if head.headerCount > configuration.maxHeaderCount { return .error(ParseError(431, "too many header fields")) }
            switch Self.parseField(content) {
            case .failure(let error): return .error(error)
            case .success(let field): head.headers.add(field.name, field.value)
            }
        }
    }

    private func checkPartialLine(_ head: RequestHead) -> HeadStep {
        var pending = buffer[consumed...]
        if pending.last == Self.cr { pending = pending.dropLast() }
        if !head.hasRequestLine {
            if pending.count > configuration.maxRequestLineBytes { return .error(requestLineTooLong(pending)) }
            return .needMore
        }
        if pending.count > configuration.maxHeaderLineBytes { return .error(ParseError(431, "header line too long")) }
        if head.headBytes + pending.count > configuration.maxHeadBytes { return .error(ParseError(431, "head too large")) }
        return .needMore
    }

    /// 414 when the target is what made the line long, 400 otherwise (RFC 9112 3).
    private func requestLineTooLong(_ line: ArraySlice<UInt8>) -> ParseError {
        guard let firstSpace = line.firstIndex(of: Self.sp) else { return ParseError(400, "request line too long") }
        let rest = line[(firstSpace + 1)...]
        let targetLength = (rest.firstIndex(of: Self.sp) ?? rest.endIndex) - rest.startIndex
        return targetLength * 2 >= line.count - 16 ? ParseError(414, "request target too long") : ParseError(400, "request line too long")
    }

    /// RFC 9112 3: method SP request-target SP HTTP-version, single spaces only.
    private func parseRequestLine(_ line: ArraySlice<UInt8>, into head: inout RequestHead) -> ParseError? {
        let parts = line.split(separator: Self.sp, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else { return ParseError(400, "malformed request line") }
        guard parts[0].allSatisfy(Self.isTokenByte) else { return ParseError(400, "malformed method") }
        let version = parts[2]
        let prefix = Array("HTTP/".utf8)
        guard version.count == 8, version.prefix(5).elementsEqual(prefix),
              Self.isDigit(version[version.startIndex + 5]), version[version.startIndex + 6] == UInt8(ascii: "."),
              Self.isDigit(version[version.startIndex + 7]) else { return ParseError(400, "malformed HTTP version") }
        switch String(decoding: version, as: UTF8.self) {
        case "HTTP/1.1": head.version = .http11
        case "HTTP/1.0": head.version = .http10
        default: return ParseError(505, "HTTP version not supported")
        }
        head.method = String(decoding: parts[0], as: UTF8.self)
        // RFC 9110 9.1: methods are case-sensitive, so "get" is not GET; a well-formed method we do
        // not implement is 501 (9.1), answered here before any application code sees it.
        if parts[0].contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return ParseError(400, "lowercase method") }
        if !Self.knownMethods.contains(head.method) { return ParseError(501, "method not implemented") }
        switch RequestTarget.parse(parts[1], method: head.method) {
        case .failure(let error): return error
        case .success(let target):
            head.target = target.raw
            head.path = target.path
            head.query = target.query
        }
        head.hasRequestLine = true
        return nil
    }

    /// RFC 9112 5: field-name ":" OWS field-value OWS; no whitespace before the colon, no obs-fold.
    static func parseField(_ line: ArraySlice<UInt8>) -> Result<(name: String, value: String), ParseError> {
        guard let first = line.first, first != sp, first != htab else { return .failure(ParseError(400, "obsolete line folding")) }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return .failure(ParseError(400, "header line without colon")) }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { return .failure(ParseError(400, "invalid header name")) }
        var value = line[(colon + 1)...]
        while let b = value.first, b == sp || b == htab { value = value.dropFirst() }
        while let b = value.last, b == sp || b == htab { value = value.dropLast() }
        // RFC 9110 5.5: field-vchar, SP, HTAB and obs-text; never NUL, CR, LF or other controls.
        guard value.allSatisfy({ $0 == htab || ($0 >= 0x20 && $0 != 0x7F) }) else { return .failure(ParseError(400, "invalid header value")) }
        guard let text = String(validating: value, as: UTF8.self) else { return .failure(ParseError(400, "header value is not UTF-8")) }
        return .success((String(decoding: name, as: UTF8.self), text))
    }

    /// RFC 9110 9.3 and RFC 5789 (PATCH).
    static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]

    /// tchar from RFC 9110 5.6.2.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte, or: "!#$%&'*+-.^_`|~")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
