import XCTest
@testable import HTTP

final class ChunkedDecoderTests: XCTestCase {
    let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"

    func testUppercaseHexLeadingZerosAndEmptyBody() throws {
        var harness = makeParser()
        let request = try XCTUnwrap(requestOf(harness.feed(head + "00B\r\nhello world\r\n000\r\n\r\n")))
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "hello world")
        let empty = try XCTUnwrap(requestOf(harness.feed(head + "0\r\n\r\n")))
        XCTAssertEqual(empty.body, [])
    }

    func testInvalidChunkSizesAre400() {
        assertRejected(head + "g\r\n", status: 400)
        assertRejected(head + "\r\n", status: 400)
        assertRejected(head + "-1\r\n", status: 400)
        assertRejected(head + "0x5\r\nhello\r\n0\r\n\r\n", status: 400)
        assertRejected(head + "5 junk\r\nhello\r\n0\r\n\r\n", status: 400)
    }

    func testChunkDataMustEndWithCRLF() {
        assertRejected(head + "3\r\nabcd\r\n0\r\n\r\n", status: 400)
        assertRejected(head + "3\r\nabc\n0\r\n\r\n", status: 400)
    }

    func testBareLFInChunkLineOrTrailerIs400() {
        assertRejected(head + "3\nabc\r\n0\r\n\r\n", status: 400)
        assertRejected(head + "0\r\nX-T: 1\n\r\n", status: 400)
        assertRejected(head + "0\r\n\n", status: 400)
    }

    func testOverlongChunkExtensionIs400() {
        assertRejected(head + "3;" + String(repeating: "e", count: 5000), status: 400)
        assertRejected(head + "3;" + String(repeating: "e", count: 5000) + "\r\nabc\r\n0\r\n\r\n", status: 400)
    }

    func testMalformedOrOversizedTrailersAreRejected() {
        assertRejected(head + "0\r\nnot a field\r\n\r\n", status: 400)
        let field = "X-T: " + String(repeating: "t", count: 4000) + "\r\n"
        assertRejected(head + "0\r\n" + String(repeating: field, count: 9) + "\r\n", status: 431)
    }

    func testSplitAcrossChunkBoundariesIsDecoded() throws {
        var harness = makeParser()
        assertNeedMore(harness.feed(head + "4\r\nab"))
        assertNeedMore(harness.feed("cd\r"))
        assertNeedMore(harness.feed("\n0\r\n"))
        let request = try XCTUnwrap(requestOf(harness.feed("\r\n")))
        XCTAssertEqual(request.body, Array("abcd".utf8))
    }
}
