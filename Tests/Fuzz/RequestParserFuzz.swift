/// libFuzzer target: arbitrary bytes through RequestParser, whole and split in two at a point the
/// first byte chooses, as a connection might receive them; both feedings must parse alike.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    let input = Array(bytes.dropFirst())
    let split = Int(first) * input.count / 255
    let whole = RequestParserFuzzDriver.outcomes(feeding: [input])
    let pieces = RequestParserFuzzDriver.outcomes(feeding: [Array(input[..<split]), Array(input[split...])])
    if whole != pieces { fatalError("split at \(split) changed the parse: \(whole) vs \(pieces)") }
    return 0
}

enum RequestParserFuzzDriver {
    static func outcomes(feeding pieces: [[UInt8]]) -> [String] {
        var parser = RequestParser(configuration: ServerConfiguration())
        var outcomes: [String] = []
        for piece in pieces {
            parser.append(piece)
            reading: while true {
                switch parser.next() {
                case .needMore: break reading
                case .expectContinue: continue
                case .request(let request):
                    _ = request.cookies
                    outcomes.append("\(request.method) \(request.target) \(request.path) \(request.query.count) \(request.body)")
                case .error(let error):
                    outcomes.append("error \(error.status)")
                    return outcomes
                }
            }
        }
        return outcomes
    }
}
