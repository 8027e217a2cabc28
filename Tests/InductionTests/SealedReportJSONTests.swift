import Foundation
@testable import Induction
import Security
import XCTest

/// Every stored signature seals the bytes Foundation's `JSONEncoder` wrote: `SealedReportJSON` must
/// write the same bytes, or signatures made before it would no longer verify.
final class SealedReportJSONTests: XCTestCase {
    /// The shape `ReportContent.sealHash` encoded with `JSONEncoder` until 6 December 2026.
    private struct Sealed: Encodable {
        let report: Int
        let kind: String
        let term: Int
        let fields: [String: String]
        let questions: String
        let evidence: [String]
    }

    private func encoderBytes(_ sealed: Sealed) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(sealed))
    }

    private func directBytes(_ sealed: Sealed) -> [UInt8] {
        SealedReportJSON.bytes(report: sealed.report, kind: sealed.kind, term: sealed.term, fields: sealed.fields,
                               questions: sealed.questions, evidence: sealed.evidence)
    }

    func testEveryControlCharacterQuoteSlashAndNonASCIITextEncodesAsTheEncoderDoes() throws {
        let awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
            + ["\"", "\\", "/", "\u{7F}", "é", "e\u{301}", "\u{2028}", "\u{2029}", "😀", "\u{FEFF}", "<script>", "&amp;", ""]
        for text in awkward {
            let sealed = Sealed(report: 7, kind: "progress-review", term: 2, fields: ["details": text], questions: text, evidence: [text])
            XCTAssertEqual(directBytes(sealed), try encoderBytes(sealed), "text \(Array(text.unicodeScalars))")
        }
    }

    func testRandomReportsEncodeAsTheEncoderDoes() throws {
        var random = ScaleRandom(seed: 20261206)
        let pieces = ["a", "Z", "9", " ", "-", "_", "/", "\"", "\\", "\n", "\t", "\r", "\u{1}", "\u{1F}", "\u{7F}", "é", "ß", "😀",
                      "\u{2028}", "standard-", "1", "10", "2", "comment-", "Ω"]
        func text(_ length: Int) -> String { (0..<length).map { _ in random.pick(pieces) }.joined() }
        for _ in 0..<500 {
            var fields: [String: String] = [:]
            for _ in 0..<random.below(12) { fields[text(1 + random.below(6))] = text(random.below(60)) }
            let sealed = Sealed(report: random.below(1_000_000), kind: text(random.below(8)), term: random.below(40) - 3,
                                fields: fields, questions: text(random.below(80)),
                                evidence: (0..<random.below(4)).map { _ in text(64) }.sorted())
            XCTAssertEqual(directBytes(sealed), try encoderBytes(sealed), "fields \(fields.keys.sorted())")
        }
    }

    func testTheSealHashIsTheDigestOfThoseBytes() throws {
        let content = ReportContent(fields: ["details": "On track.\nNext: planning.", "ect-comments": "", "standard-10": "x"])
        let expected = Sealed(report: 12, kind: DueItemKind.firstFormalAssessment.rawValue, term: 3,
                              fields: ["details": "On track.\nNext: planning.", "standard-10": "x"], questions: "[]",
                              evidence: ["aa", "bb"])
        XCTAssertEqual(content.sealHash(reportID: 12, kind: .firstFormalAssessment, termNumber: 3, questions: "[]", evidence: ["bb", "aa"]),
                       Digest.sha256Hex(try encoderBytes(expected)), "blank fields dropped, evidence sorted, as before")
    }
}
