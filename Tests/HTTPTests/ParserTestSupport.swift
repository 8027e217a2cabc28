import XCTest
@testable import HTTP

/// Feeds literal bytes to a fresh parser, in one piece or in several.
struct ParserHarness {
    var parser: RequestParser

    init(_ configure: (inout ServerConfiguration) -> Void = { _ in }) {
        var configuration = ServerConfiguration()
        configuration.accessLog = false
        configure(&configuration)
        parser = RequestParser(configuration: configuration)
    }

    mutating func feed(_ text: String) -> ParseResult {
        parser.append(Array(text.utf8))
        return parser.next()
    }

    mutating func feed(_ bytes: [UInt8]) -> ParseResult {
        parser.append(bytes)
        return parser.next()
    }
}

func makeParser(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> ParserHarness {
    ParserHarness(configure)
}

func requestOf(_ result: ParseResult, file: StaticString = #filePath, line: UInt = #line) -> HTTPRequest? {
    guard case .request(let request) = result else {
        XCTFail("expected a request, got \(result)", file: file, line: line)
        return nil
    }
    return request
}

func assertNeedMore(_ result: ParseResult, file: StaticString = #filePath, line: UInt = #line) {
    guard case .needMore = result else { return XCTFail("expected needMore, got \(result)", file: file, line: line) }
}

/// Parses `text` as one piece and asserts the parser refuses it with `status`.
func assertRejected(
    _ text: String, status: Int, configure: (inout ServerConfiguration) -> Void = { _ in },
    file: StaticString = #filePath, line: UInt = #line
) {
    var harness = makeParser(configure)
    let result = harness.feed(text)
    guard case .error(let error) = result else {
        return XCTFail("expected \(status), got \(result) for \(text.debugDescription.prefix(120))", file: file, line: line)
    }
    XCTAssertEqual(error.status, status, "\(error.message) for \(text.debugDescription.prefix(120))", file: file, line: line)
    // A failed parser stays failed: the connection is closed after the answer.
    guard case .error = harness.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n") else {
        return XCTFail("parser recovered after an error", file: file, line: line)
    }
}
