/// Decodes the chunked transfer coding (RFC 9112 7.1) from a parser's buffer, incrementally.
struct ChunkedDecoder: Sendable {
    enum State: Equatable, Sendable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer(bytes: Int)
        case done
    }

    enum Step: Equatable {
        case needMore, done, error(ParseError)
    }

    private(set) var state = State.size
    private(set) var body: [UInt8] = []
    /// The route's body limit; nil is the server's.
    let limit: Int?

    init(limit: Int? = nil) {
        self.limit = limit
    }

    mutating func decode(_ buffer: [UInt8], consumed: inout Int, configuration: ServerConfiguration) -> Step {
        while true {
            switch state {
            case .done:
                return .done
            case .size:
                guard let line = Self.takeLine(buffer, &consumed, limit: configuration.maxChunkLineBytes) else { return .needMore }
                guard case .success(let content) = line else { return .error(Self.lineError(line, tooLong: 400)) }
                switch Self.chunkSize(content) {
                case nil:
                    return .error(ParseError(400, "invalid chunk size"))
                case let size? where size > (limit ?? configuration.maxBodyBytes) - body.count:
                    return .error(ParseError(413, "body too large"))
                case 0?:
                    state = .trailer(bytes: 0)
                case let size?:
                    state = .data(remaining: size)
                }
            case .data(let remaining):
                let available = min(remaining, buffer.count - consumed)
                guard available > 0 else { return .needMore }
                body.append(contentsOf: buffer[consumed..<consumed + available])
                consumed += available
                state = available == remaining ? .dataEnd : .data(remaining: remaining - available)
            case .dataEnd:
                guard buffer.count - consumed >= 2 else { return .needMore }
                guard buffer[consumed] == RequestParser.cr, buffer[consumed + 1] == RequestParser.lf else {
                    return .error(ParseError(400, "chunk data not followed by CRLF"))
                }
                consumed += 2
                state = .size
            case .trailer(let bytes):
                let before = consumed
                guard let line = Self.takeLine(buffer, &consumed, limit: configuration.maxHeaderLineBytes) else {
                    return bytes + (buffer.count - consumed) > configuration.maxHeadBytes ? .error(ParseError(431, "trailers too large")) : .needMore
                }
                guard case .success(let content) = line else { return .error(Self.lineError(line, tooLong: 431)) }
                let total = bytes + consumed - before
                if total > configuration.maxHeadBytes { return .error(ParseError(431, "trailers too large")) }
                if content.isEmpty {
                    state = .done
                    continue
                }
                // RFC 9112 7.1.2: trailer fields are parsed like header fields, then discarded.
                if case .failure(let error) = RequestParser.parseField(content) { return .error(error) }
                state = .trailer(bytes: total)
            }
        }
    }

    private enum LineError: Error { case tooLong, bareLF }

    /// The next CRLF-terminated line, nil when incomplete and still within `limit`.
    private static func takeLine(_ buffer: [UInt8], _ consumed: inout Int, limit: Int) -> Result<ArraySlice<UInt8>, LineError>? {
        guard let lineFeed = buffer[consumed...].prefix(limit + 2).firstIndex(of: RequestParser.lf) else {
            return buffer.count - consumed > limit + 1 ? .failure(.tooLong) : nil
        }
        guard lineFeed > consumed, buffer[lineFeed - 1] == RequestParser.cr else { return .failure(.bareLF) }
        let content = buffer[consumed..<(lineFeed - 1)]
        guard !content.contains(RequestParser.cr) else { return .failure(.bareLF) }
        consumed = lineFeed + 1
        return .success(content)
    }

    private static func lineError(_ line: Result<ArraySlice<UInt8>, LineError>, tooLong status: Int) -> ParseError {
        if case .failure(.tooLong) = line { return ParseError(status, "chunk line too long") }
        return ParseError(400, "bare LF in chunked body")
    }

    /// chunk-size = 1*HEXDIG, then optional BWS ";" extensions (ignored, RFC 9112 7.1.1).
    static func chunkSize(_ line: ArraySlice<UInt8>) -> Int? {
        let digits = line.prefix { FormURLEncoded.hexValue($0) != nil }
        guard !digits.isEmpty else { return nil }
        var rest = line[digits.endIndex...]
        while let b = rest.first, b == RequestParser.sp || b == RequestParser.htab { rest = rest.dropFirst() }
        if let b = rest.first {
            guard b == UInt8(ascii: ";") else { return nil }
            guard rest.allSatisfy({ $0 == RequestParser.htab || ($0 >= 0x20 && $0 != 0x7F) }) else { return nil }
        }
        let significant = digits.drop { $0 == UInt8(ascii: "0") }
        // More than 15 significant hex digits could overflow Int: a malformed size, not a large one.
        guard significant.count <= 15 else { return nil }
        return significant.reduce(0) { $0 << 4 | Int(FormURLEncoded.hexValue($1)!) }
    }
}
