import XCTest
@testable import HTTP

/// One test per row of design.md's "HTTP limits" table, with literal bytes.
final class RequestParserLimitTests: XCTestCase {
    let host = "Host: a\r\n"

    func testLongRequestTargetIs414AndLongMethodOrVersionIs400() {
        let longPath = "/" + String(repeating: "a", count: 8 * 1024)
        assertRejected("GET \(longPath) HTTP/1.1\r\n\(host)\r\n", status: 414)
        // Still receiving the line: the limit is enforced before the CRLF arrives.
        assertRejected("GET \(longPath)", status: 414)
        assertRejected(String(repeating: "G", count: 8 * 1024 + 10), status: 400)
        assertRejected("GET / HTTP/1.1" + String(repeating: "1", count: 8 * 1024) + "\r\n\r\n", status: 400)
        // Just under the limit is fine.
        var harness = makeParser()
        let okPath = "/" + String(repeating: "a", count: 8 * 1024 - 20)
        XCTAssertNotNil(requestOf(harness.feed("GET \(okPath) HTTP/1.1\r\n\(host)\r\n")))
    }

    func testMalformedRequestLinesAre400() {
        assertRejected("GET  / HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET /\r\n\(host)\r\n", status: 400)
        assertRejected("G(T / HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET / HTTX/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET / HTTP/1\r\n\(host)\r\n", status: 400)
        assertRejected("GET relative HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET * HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET /a#frag HTTP/1.1\r\n\(host)\r\n", status: 400)
    }

    func testHeaderLineOver8KiBIs431() {
        let value = String(repeating: "v", count: 8 * 1024)
        assertRejected("GET / HTTP/1.1\r\n\(host)X-Big: \(value)\r\n\r\n", status: 431)
        // Enforced while the line is still arriving.
        assertRejected("GET / HTTP/1.1\r\n\(host)X-Big: \(value)", status: 431)
    }

    func testWholeHeadOver32KiBIs431() {
        let line = "X-Field: " + String(repeating: "v", count: 4000) + "\r\n"
        assertRejected("GET / HTTP/1.1\r\n\(host)" + String(repeating: line, count: 9) + "\r\n", status: 431)
    }

    func testMoreThan100HeadersIs431() {
        let fields = (1...100).map { "X-\($0): 1\r\n" }.joined()
        assertRejected("GET / HTTP/1.1\r\n\(host)\(fields)\r\n", status: 431)
        var harness = makeParser()
        let ninetyNine = (1...99).map { "X-\($0): 1\r\n" }.joined()
        XCTAssertNotNil(requestOf(harness.feed("GET / HTTP/1.1\r\n\(host)\(ninetyNine)\r\n")))
    }

    func testDeclaredBodyOverLimitIs413() {
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 1048577\r\n\r\n", status: 413)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 99999999999999999999999\r\n\r\n", status: 413)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 11\r\n\r\n", status: 413) { $0.maxBodyBytes = 10 }
    }

    func testChunkedBodyOverLimitIs413() {
        assertRejected("POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\n", status: 413) {
            $0.maxBodyBytes = 10
        }
        assertRejected("POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFF\r\n", status: 413)
    }

    func testContentLengthWithTransferEncodingIs400() {
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", status: 400)
    }

    func testTransferEncodingOnHTTP10Is400() {
        assertRejected("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400)
    }

    func testObsoleteLineFoldingIs400() {
        assertRejected("GET / HTTP/1.1\r\n\(host)X-A: one\r\n two\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)X-A: one\r\n\ttwo\r\n\r\n", status: 400)
    }

    func testBareLFAndBareCRAre400() {
        assertRejected("GET / HTTP/1.1\n\(host)\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)X-A: b\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)X-A: b\rc\r\n\r\n", status: 400)
    }

    func testBadHeaderNamesAndValuesAre400() {
        assertRejected("GET / HTTP/1.1\r\n\(host)X-A : b\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)X(A): b\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host): b\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)NoColon\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)X-A: a\u{0}b\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\n\(host)X-A: a\u{1}b\r\n\r\n", status: 400)
    }

    func testBadOrDuplicateContentLengthIs400() {
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", status: 400)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello", status: 400)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 5, 5\r\n\r\nhello", status: 400)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: -5\r\n\r\nhello", status: 400)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: +5\r\n\r\nhello", status: 400)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length: 0x5\r\n\r\nhello", status: 400)
        assertRejected("POST / HTTP/1.1\r\n\(host)Content-Length:\r\n\r\n", status: 400)
    }

    func testMissingHostOn11AndDuplicateHostAre400() {
        assertRejected("GET / HTTP/1.1\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400)
        assertRejected("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n", status: 400)
    }

    func testTransferEncodingOtherThanChunkedIs501() {
        assertRejected("POST / HTTP/1.1\r\n\(host)Transfer-Encoding: gzip\r\n\r\n", status: 501)
        assertRejected("POST / HTTP/1.1\r\n\(host)Transfer-Encoding: gzip, chunked\r\n\r\n", status: 501)
        assertRejected("POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", status: 501)
    }

    func testVersionsOtherThan10And11Are505() {
        assertRejected("GET / HTTP/2.0\r\n\(host)\r\n", status: 505)
        assertRejected("GET / HTTP/1.2\r\n\(host)\r\n", status: 505)
        assertRejected("GET / HTTP/0.9\r\n\r\n", status: 505)
    }

    func testExpectationsOtherThan100ContinueAre417AndTooBigIs413() {
        assertRejected("POST / HTTP/1.1\r\n\(host)Expect: 200-ok\r\nContent-Length: 1\r\n\r\n", status: 417)
        assertRejected("POST / HTTP/1.1\r\n\(host)Expect: 100-continue\r\nContent-Length: 2000000\r\n\r\n", status: 413)
    }

    func testInvalidEscapesOrNULInPathAndBadQueryAre400() {
        assertRejected("GET /a%2 HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET /a%zz HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET /a%00b HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET /a%FF HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET /a?x=%C3%28 HTTP/1.1\r\n\(host)\r\n", status: 400)
        assertRejected("GET /a?x=%4 HTTP/1.1\r\n\(host)\r\n", status: 400)
    }

    func testAChunkSizeThatWouldOverflowIs400NotTooLarge() {
        for size in ["FFFFFFFFFFFFFFFFFFFF", "10000000000000000", "8000000000000000"] {
            assertRejected("POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n\(size)\r\n", status: 400)
        }
        // Leading zeros do not count towards the overflow.
        var harness = makeParser()
        let body = "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n00000000000000000003\r\nabc\r\n0\r\n\r\n"
        XCTAssertEqual(requestOf(harness.feed(body))?.body, Array("abc".utf8))
    }

    func testAHostWithASpaceOrOtherInvalidByteIs400() {
        for value in ["a b", "a\tb", "exa mple.test:80", "a/b", "a@b", "a\"b", "<a>", "a\\b", "é.example"] {
            assertRejected("GET / HTTP/1.1\r\nHost: \(value)\r\n\r\n", status: 400)
        }
        for value in ["example.test", "example.test:8080", "127.0.0.1:80", "[::1]:8080", "xn--bcher-kva.example", "a_b-c~d"] {
            var harness = makeParser()
            XCTAssertEqual(requestOf(harness.feed("GET / HTTP/1.1\r\nHost: \(value)\r\n\r\n"))?.headers["Host"], value)
        }
        var empty = makeParser()
        XCTAssertNotNil(requestOf(empty.feed("GET / HTTP/1.1\r\nHost:\r\n\r\n")), "RFC 9110 7.2 allows an empty Host")
    }

    func testAnUnknownMethodIs501AndALowercaseOneIs400() {
        for method in ["BREW", "PROPFIND", "M-SEARCH"] {
            assertRejected("\(method) / HTTP/1.1\r\n\(host)\r\n", status: 501)
        }
        for method in ["get", "Post", "brew"] {
            assertRejected("\(method) / HTTP/1.1\r\n\(host)\r\n", status: 400)
        }
        for method in ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"] {
            var harness = makeParser()
            XCTAssertEqual(requestOf(harness.feed("\(method) / HTTP/1.1\r\n\(host)\r\n"))?.method, method)
        }
    }

    func testARouteMayHaveItsOwnBodyLimitForLengthAndChunkedBodies() {
        let configure: (inout ServerConfiguration) -> Void = { configuration in
            configuration.maxBodyBytes = 1000
            configuration.bodyLimitForPath = { $0 == "/upload" ? 2000 : nil }
        }
        let body = String(repeating: "x", count: 1500)
        var upload = makeParser(configure)
        XCTAssertEqual(requestOf(upload.feed("POST /upload HTTP/1.1\r\n\(host)Content-Length: 1500\r\n\r\n\(body)"))?.body.count, 1500)
        var chunked = makeParser(configure)
        XCTAssertEqual(requestOf(chunked.feed("POST /upload HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5dc\r\n\(body)\r\n0\r\n\r\n"))?.body.count, 1500)
        assertRejected("POST /other HTTP/1.1\r\n\(host)Content-Length: 1500\r\n\r\n", status: 413, configure: configure)
        assertRejected("POST /other HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5dc\r\n", status: 413, configure: configure)
        assertRejected("POST /upload HTTP/1.1\r\n\(host)Content-Length: 2001\r\n\r\n", status: 413, configure: configure)
        assertRejected("POST /upload HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n7d1\r\n", status: 413, configure: configure)
    }
}
