/// A strict HTTP/1.x request parser over bytes (RFC 9112), with no I/O.
/// Feed it with `append`, then call `next()` until it answers `.needMore`.
/// It yields one request per call and never looks at bytes beyond the request it returns,
/// so pipelined requests stay buffered until asked for.
struct RequestParser {
    enum State {
        case head(RequestHead)
        case body(RequestHead, BodyFraming, ChunkedDecoder)
        case failed(ParseError)
    }

    /// Where the connection is, for choosing which deadline applies.
    enum Phase: Equatable {
        case idle, head, body
    }

    let configuration: ServerConfiguration
    private(set) var buffer: [UInt8] = []
    /// Bytes before this index have been parsed.
    var consumed = 0
    /// Where the search for the next line feed resumes, so a trickled head is scanned once.
    var scanFrom = 0
    var state: State = .head(RequestHead())
    var continueSent = false

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
    }

    var hasUnparsedBytes: Bool { consumed < buffer.count }
    var unparsedCount: Int { buffer.count - consumed }

    var phase: Phase {
        switch state {
        case .head(let head): (head.headBytes == 0 && !hasUnparsedBytes) ? .idle : .head
        case .body: .body
        case .failed: .head
        }
    }

    mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if consumed == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 64 * 1024)
            scanFrom -= consumed
            consumed = 0
        } else if consumed >= 16 * 1024 {
            buffer.removeFirst(consumed)
            scanFrom -= consumed
            consumed = 0
        }
        scanFrom = max(scanFrom, 0)
        buffer.append(contentsOf: bytes)
    }

    mutating func next() -> ParseResult {
        switch state {
        case .failed(let error):
            return .error(error)
        case .head(var head):
            switch parseHead(&head) {
            case .needMore:
                state = .head(head)
                return .needMore
            case .error(let error):
                return fail(error)
            case .complete:
                let framing: BodyFraming
                let expectContinue: Bool
                switch framingOf(head) {
                case .failure(let error): return fail(error)
                case .success(let result): (framing, expectContinue) = result
                }
                if framing == .none { return finish(head, body: []) }
                state = .body(head, framing, ChunkedDecoder(limit: configuration.bodyLimit(forPath: head.path)))
                continueSent = false
                if expectContinue && !hasUnparsedBytes {
                    continueSent = true
                    return .expectContinue
                }
                return next()
            }
        case .body(let head, let framing, var decoder):
            switch framing {
            case .none:
                return finish(head, body: [])
            case .length(let length):
                guard unparsedCount >= length else { return .needMore }
                let body = Array(buffer[consumed..<consumed + length])
                consumed += length
                return finish(head, body: body)
            case .chunked:
                let step = decoder.decode(buffer, consumed: &consumed, configuration: configuration)
                switch step {
                case .needMore:
                    state = .body(head, framing, decoder)
                    return .needMore
                case .error(let error):
                    return fail(error)
                case .done:
                    return finish(head, body: decoder.body)
                }
            }
        }
    }

    private mutating func finish(_ head: RequestHead, body: [UInt8]) -> ParseResult {
        state = .head(RequestHead())
        scanFrom = consumed
        return .request(head.request(body: body))
    }

    private mutating func fail(_ error: ParseError) -> ParseResult {
        state = .failed(error)
        return .error(error)
    }
}
