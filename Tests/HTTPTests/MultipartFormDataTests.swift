import XCTest
@testable import HTTP

/// RFC 7578 and RFC 2046 5.1 with literal bytes, like the request parser's tests.
final class MultipartFormDataTests: XCTestCase {
    let type = "multipart/form-data; boundary=XyZ"

    func parse(_ text: String, contentType: String? = nil, limits: MultipartLimits = MultipartLimits()) throws(MultipartError) -> [MultipartPart] {
        try MultipartFormData.parse(Array(text.utf8), contentType: contentType ?? type, limits: limits)
    }

    func assertRefused(_ text: String, contentType: String? = nil, limits: MultipartLimits = MultipartLimits(), _ message: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        do {
            let parts = try parse(text, contentType: contentType, limits: limits)
            XCTFail("expected \"\(message)\", got \(parts)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.message, message, file: file, line: line)
        }
    }

    func testFieldsAndAFileWithPreambleAndEpilogueIgnored() throws {
        let parts = try parse(
            "This is the preamble.\r\n--XyZ\r\n" +
            "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok123\r\n" +
            "--XyZ\r\n" +
            "Content-Disposition: form-data; name=\"file\"; filename=\"ects.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
            "a,b\r\n1,2\r\n\r\n" +
            "--XyZ  \r\n" +
            "content-disposition: FORM-DATA; name=empty\r\n\r\n\r\n" +
            "--XyZ--\r\nThis is the epilogue, with --XyZ in it.")
        XCTAssertEqual(parts, [
            MultipartPart(name: "_csrf", body: Array("tok123".utf8)),
            MultipartPart(name: "file", filename: "ects.csv", contentType: "text/csv", body: Array("a,b\r\n1,2\r\n".utf8)),
            MultipartPart(name: "empty", body: []),
        ])
    }

    func testTheBoundaryMayBeQuotedAndContainSpacesAndMayOpenTheBody() throws {
        let parts = try parse("--a b'c\r\nContent-Disposition: form-data; name=\"q\\\"uote\"\r\n\r\nv\r\n--a b'c--",
                              contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b'c\"")
        XCTAssertEqual(parts, [MultipartPart(name: "q\"uote", body: Array("v".utf8))])
        XCTAssertEqual(try MultipartFormData.boundary(contentType: "multipart/form-data;boundary=----WebKitFormBoundary7MA4YWxk"),
                       "----WebKitFormBoundary7MA4YWxk")
        XCTAssertEqual(try MultipartFormData.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "b", count: 70)).count, 70)
    }

    func testContentBytesAreKeptExactlyIncludingNearMissesOfTheBoundary() throws {
        let content: [UInt8] = [0, 255, 13, 10, 45, 45, 88, 121, 13, 45, 45, 88, 121, 90, 10, 0xEF, 0xBB, 0xBF]
        let body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n\r\n".utf8) + content
            + Array("\r\n--XyZ--\r\n".utf8)
        XCTAssertEqual(try MultipartFormData.parse(body, contentType: type).first?.body, content)
    }

    func testContentTypesOtherThanMultipartOrWithABadBoundaryAreRefused() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ--"
        assertRefused(body, contentType: "application/x-www-form-urlencoded", "the form is not multipart/form-data")
        assertRefused(body, contentType: "multipart/mixed; boundary=XyZ", "the form is not multipart/form-data")
        assertRefused(body, contentType: "multipart/form-data", "the form's Content-Type has no boundary")
        assertRefused(body, contentType: "multipart/form-data; boundary=" + String(repeating: "b", count: 71), "the form's boundary is not valid")
        assertRefused(body, contentType: "multipart/form-data; boundary=\"\"", "the form's boundary is not valid")
        assertRefused(body, contentType: "multipart/form-data; boundary=\"ends \"", "the form's boundary is not valid")
        assertRefused(body, contentType: "multipart/form-data; boundary=\"a;b\"", "the form's boundary is not valid")
        assertRefused(body, contentType: "multipart/form-data; boundary=XyZ; boundary=Other", "the form is not multipart/form-data")
        assertRefused(body, contentType: "multipart/form-data; boundary=\"XyZ", "the form is not multipart/form-data")
    }

    func testMalformedFramingIsRefusedWithItsReason() {
        let part = "Content-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n"
        assertRefused("no boundary here", "the form has no opening boundary")
        assertRefused("preamble--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv--XyZ--", "the form has no opening boundary")
        assertRefused("--XyZ\r\n" + part, "the form ends before its closing boundary")
        assertRefused("--XyZ\r\n" + part + "--XyZ", "a boundary line of the form is malformed")
        assertRefused("--XyZ\n" + part + "--XyZ--", "a boundary line of the form is malformed")
        assertRefused("--XyZjunk\r\n" + part + "--XyZ--", "a boundary line of the form is malformed")
        assertRefused("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n", "the form ends inside a part's headers")
        assertRefused("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\nX: y\r\n\r\nv\r\n--XyZ--", "a part's header has a bare CR or LF")
        assertRefused("--XyZ\r\nContent-Disposition form-data\r\n\r\nv\r\n--XyZ--", "a part's header is malformed")
        assertRefused("--XyZ\r\n X: folded\r\n\r\nv\r\n--XyZ--", "a part's header is malformed")
    }

    func testEveryPartNeedsAFormDataDispositionWithANameAndOneType() {
        assertRefused("--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--", "a part of the form has no form-data Content-Disposition")
        assertRefused("--XyZ\r\n\r\nv\r\n--XyZ--", "a part of the form has no form-data Content-Disposition")
        assertRefused("--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nv\r\n--XyZ--", "a part of the form has no form-data Content-Disposition")
        assertRefused("--XyZ\r\nContent-Disposition: form-data; filename=\"a.csv\"\r\n\r\nv\r\n--XyZ--", "a part of the form has no name")
        assertRefused("--XyZ\r\nContent-Disposition: form-data; name=a\r\nContent-Disposition: form-data; name=b\r\n\r\nv\r\n--XyZ--",
                      "a part of the form has no form-data Content-Disposition")
        assertRefused("--XyZ\r\nContent-Disposition: form-data; name=a\r\nContent-Type: text/csv\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--",
                      "a part of the form has two Content-Types")
    }

    func testLimitsOnPartsPartHeadersAndTotalSize() throws {
        let part = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n"
        XCTAssertEqual(try parse(String(repeating: part, count: 3) + "--XyZ--", limits: MultipartLimits(maxParts: 3)).count, 3)
        assertRefused(String(repeating: part, count: 4) + "--XyZ--", limits: MultipartLimits(maxParts: 3), "the form has more than 3 parts")

        let longHeader = "X-Long: " + String(repeating: "h", count: 200) + "\r\n"
        let headed = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n" + longHeader + "\r\nv\r\n--XyZ--"
        XCTAssertEqual(try parse(headed, limits: MultipartLimits(maxPartHeaderBytes: 300)).count, 1)
        assertRefused(headed, limits: MultipartLimits(maxPartHeaderBytes: 200), "a part's headers are too large")
        assertRefused("--XyZ\r\n" + String(repeating: "X-A: 1\r\n", count: 1000), limits: MultipartLimits(maxPartHeaderBytes: 200),
                      "a part's headers are too large")

        let big = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + String(repeating: "x", count: 100) + "\r\n--XyZ--"
        XCTAssertNoThrow(try parse(big, limits: MultipartLimits(maxBodyBytes: big.utf8.count)))
        assertRefused(big, limits: MultipartLimits(maxBodyBytes: big.utf8.count - 1), "the form is too large")
    }

    func testAFormWithNoPartsIsEmpty() throws {
        XCTAssertEqual(try parse("--XyZ--\r\n"), [])
    }
}
