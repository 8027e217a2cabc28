/// What the parser can say after being fed bytes.
enum ParseResult: Sendable {
    /// Not enough bytes yet for the next step.
    case needMore
    /// The head announced `Expect: 100-continue` and the body fits: send `100 Continue`, then call again.
    case expectContinue
    case request(HTTPRequest)
    /// Answer with this status and close; the parser stays failed.
    case error(ParseError)
}
