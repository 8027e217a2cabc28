import XCTest
@testable import HTTP

final class RequestParserTests: XCTestCase {
    func testSimpleGetIsParsedWithPathVersionAndHeaders() throws {
        var harness = makeParser()
        let request = try XCTUnwrap(requestOf(harness.feed("GET /ects HTTP/1.1\r\nHost: example.test\r\nAccept: text/html\r\n\r\n")))
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/ects")
        XCTAssertEqual(request.path, "/ects")
        XCTAssertEqual(request.version, .http11)
        XCTAssertEqual(request.headers["host"], "example.test")
        XCTAssertEqual(request.headers["ACCEPT"], "text/html")
        XCTAssertEqual(request.body, [])
        XCTAssertTrue(request.wantsKeepAlive)
        assertNeedMore(harness.parser.next())
        XCTAssertEqual(harness.parser.phase, .idle)
    }

    func testPostWithContentLengthBodyWaitsForTheWholeBody() throws {
        var harness = makeParser()
        assertNeedMore(harness.feed("POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nname="))
        XCTAssertEqual(harness.parser.phase, .body)
        let request = try XCTUnwrap(requestOf(harness.feed("a+b%21")))
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "name=a+b%21")
        XCTAssertEqual(try FormURLEncoded.decode(request.body).map(\.value), ["a b!"])
    }

    func testHeadRequestIsParsedLikeGet() throws {
        var harness = makeParser()
        let request = try XCTUnwrap(requestOf(harness.feed("HEAD /style.css HTTP/1.1\r\nHost: a\r\n\r\n")))
        XCTAssertEqual(request.method, "HEAD")
        XCTAssertEqual(request.path, "/style.css")
    }

    func testQueryIsDecodedAndPathIsPercentDecoded() throws {
        var harness = makeParser()
        let request = try XCTUnwrap(requestOf(harness.feed(
            "GET /caf%C3%A9/a+b?school=St+Mary%27s&flag&empty=&x=%E2%9C%93 HTTP/1.1\r\nHost: a\r\n\r\n")))
        XCTAssertEqual(request.path, "/café/a+b")
        XCTAssertEqual(request.query.map(\.name), ["school", "flag", "empty", "x"])
        XCTAssertEqual(request.query.map(\.value), ["St Mary's", "", "", "✓"])
        XCTAssertEqual(request.queryValue("school"), "St Mary's")
        XCTAssertEqual(request.loggablePath, "/caf%C3%A9/a+b")
    }

    func testTwoPipelinedRequestsInOneBufferComeOutOneAtATimeInOrder() throws {
        var harness = makeParser()
        let bytes = "GET /first HTTP/1.1\r\nHost: a\r\n\r\nPOST /second HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
        let first = try XCTUnwrap(requestOf(harness.feed(bytes)))
        XCTAssertEqual(first.path, "/first")
        // The second request is still unparsed bytes until asked for.
        XCTAssertTrue(harness.parser.hasUnparsedBytes)
        let second = try XCTUnwrap(requestOf(harness.parser.next()))
        XCTAssertEqual(second.path, "/second")
        XCTAssertEqual(second.body, Array("abc".utf8))
        assertNeedMore(harness.parser.next())
    }

    func testRequestSplitIntoSingleBytesIsAssembled() throws {
        var harness = makeParser()
        let bytes = Array("POST /x?a=1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n".utf8)
        for byte in bytes.dropLast() { assertNeedMore(harness.feed([byte])) }
        let request = try XCTUnwrap(requestOf(harness.feed([bytes.last!])))
        XCTAssertEqual(request.body, Array("abc".utf8))
        XCTAssertEqual(request.queryValue("a"), "1")
    }

    func testChunkedBodyIsDecodedIgnoringExtensionsAndTrailers() throws {
        var harness = makeParser()
        let request = try XCTUnwrap(requestOf(harness.feed(
            "POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\nA\r\n, world!!!\r\n0\r\nChecksum: abc\r\n\r\n")))
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "hello, world!!!")
        XCTAssertNil(request.headers["Checksum"])
    }

    func testHTTP10DefaultsToCloseAndKeepAliveOptsIn() throws {
        var harness = makeParser()
        let plain = try XCTUnwrap(requestOf(harness.feed("GET / HTTP/1.0\r\n\r\n")))
        XCTAssertEqual(plain.version, .http10)
        XCTAssertFalse(plain.wantsKeepAlive)
        let kept = try XCTUnwrap(requestOf(harness.feed("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")))
        XCTAssertTrue(kept.wantsKeepAlive)
        let closed = try XCTUnwrap(requestOf(harness.feed("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")))
        XCTAssertFalse(closed.wantsKeepAlive)
    }

    func testExpectContinueIsSignalledBeforeTheBody() throws {
        var harness = makeParser()
        guard case .expectContinue = harness.feed("PUT /f HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n") else {
            return XCTFail("expected 100-continue")
        }
        assertNeedMore(harness.parser.next())
        let request = try XCTUnwrap(requestOf(harness.feed("data")))
        XCTAssertEqual(request.body, Array("data".utf8))
    }

    func testExpectOnHTTP10IsIgnored() throws {
        var harness = makeParser()
        let request = try XCTUnwrap(requestOf(harness.feed("POST / HTTP/1.0\r\nExpect: something\r\nContent-Length: 1\r\n\r\nx")))
        XCTAssertEqual(request.body, [UInt8(ascii: "x")])
    }

    func testLeadingEmptyLineAndAbsoluteFormAndOptionsAsterisk() throws {
        var harness = makeParser()
        let absolute = try XCTUnwrap(requestOf(harness.feed("\r\nGET http://example.test/a%20b?q=1 HTTP/1.1\r\nHost: example.test\r\n\r\n")))
        XCTAssertEqual(absolute.path, "/a b")
        XCTAssertEqual(absolute.queryValue("q"), "1")
        let options = try XCTUnwrap(requestOf(harness.feed("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n")))
        XCTAssertEqual(options.path, "*")
    }

    func testHeaderValuesAreTrimmedAndOrderKept() throws {
        var harness = makeParser()
        let request = try XCTUnwrap(requestOf(harness.feed("GET / HTTP/1.1\r\nHost: a\r\nX-A: \t one two \t\r\nX-A: three\r\n\r\n")))
        XCTAssertEqual(request.headers.values("x-a"), ["one two", "three"])
    }
}
