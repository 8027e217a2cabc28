@testable import Induction
import XCTest

/// Issue 9 item 4: evidence file names are stored without paths, control characters or invisible
/// formatting, at most 200 characters, the extension kept.
final class EvidenceFileNameTests: XCTestCase {
    private func clean(_ name: String, _ type: EvidenceFileType = .pdf) -> String { EvidenceFileName.clean(name, type: type) }

    func testOnlyTheLastPathComponentIsKept() {
        XCTAssertEqual(clean("C:\\fakepath\\Review notes.pdf"), "Review notes.pdf")
        XCTAssertEqual(clean("../../etc/passwd.pdf"), "passwd.pdf")
        XCTAssertEqual(clean("folder/"), "evidence.pdf")
    }

    func testControlAndFormattingCharactersAreDropped() {
        XCTAssertEqual(clean("a\u{0}b\nc\td\u{7F}.pdf"), "abcd.pdf")
        XCTAssertEqual(clean("\u{202E}fdp.exe"), "fdp.exe", "a right-to-left override cannot disguise the extension")
        XCTAssertEqual(clean("Zoë’s review.docx", .docx), "Zoë’s review.docx")
    }

    func testLeadingDotsAndSpacesGoAndAnEmptyNameGetsOne() {
        XCTAssertEqual(clean("  .hidden.png", .png), "hidden.png")
        XCTAssertEqual(clean("", .jpeg), "evidence.jpg")
        XCTAssertEqual(clean("...", .docx), "evidence.docx")
        XCTAssertEqual(clean("\u{1}\u{2}", .doc), "evidence.doc")
    }

    func testALongNameIsShortenedKeepingItsExtension() {
        let cleaned = clean(String(repeating: "é", count: 300) + ".docx", .docx)
        XCTAssertEqual(cleaned.unicodeScalars.count, 200)
        XCTAssertTrue(cleaned.hasSuffix("é.docx"))
        XCTAssertEqual(clean(String(repeating: "a", count: 200)), String(repeating: "a", count: 200))
        XCTAssertEqual(clean(String(repeating: "a", count: 250)).count, 200)
    }
}
