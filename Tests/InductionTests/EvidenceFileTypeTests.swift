@testable import Induction
import XCTest

/// Issue 9 item 4: the type of an evidence file is decided by its first bytes, never its name.
final class EvidenceFileTypeTests: XCTestCase {
    private func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    private func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16) }

    /// A stored (uncompressed) ZIP of `names`, each holding "<x/>", with or without its central directory.
    private func zip(_ names: [String], centralDirectory: Bool = true) -> [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for name in names {
            let data = Array("<x/>".utf8)
            let nameBytes = Array(name.utf8)
            let offset = archive.count
            archive += [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(data.count) + le32(data.count) + le16(nameBytes.count) + le16(0) + nameBytes + data
            directory += [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(data.count) + le32(data.count) + le16(nameBytes.count) + le16(0) + le16(0) + le16(0) + le16(0)
                + le32(0) + le32(offset) + nameBytes
        }
        guard centralDirectory else { return archive }
        let start = archive.count
        return archive + directory + [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(names.count) + le16(names.count)
            + le32(directory.count) + le32(start) + le16(0)
    }

    func testEachAllowedTypeIsKnownByItsFirstBytes() {
        XCTAssertEqual(EvidenceFileType.sniff(Array("%PDF-1.7\n%\u{E2}\u{E3}\n".utf8)), .pdf)
        XCTAssertEqual(EvidenceFileType.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), .png)
        XCTAssertEqual(EvidenceFileType.sniff([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]), .jpeg)
        XCTAssertEqual(EvidenceFileType.sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]), .doc)
        XCTAssertEqual(EvidenceFileType.sniff(zip(["[Content_Types].xml", "_rels/.rels", "word/document.xml"])), .docx)
    }

    func testAWordFileIsFoundFromItsLocalHeadersWhenItHasNoCentralDirectory() {
        // One local file header (30 bytes) naming word/document.xml with no data: literal bytes.
        let header: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                               0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00, 0x00, 0x00]
        XCTAssertEqual(EvidenceFileType.sniff(header + Array("word/document.xml".utf8)), .docx)
        XCTAssertEqual(EvidenceFileType.sniff(zip(["[Content_Types].xml", "word/document.xml"], centralDirectory: false)), .docx)
    }

    func testExecutablesAreRefusedWhateverTheyAreCalled() {
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        let windows: [UInt8] = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF]
        XCTAssertNil(EvidenceFileType.sniff(elf))
        XCTAssertNil(EvidenceFileType.sniff(windows))
        XCTAssertNil(EvidenceFileType.sniff(Array("#!/bin/sh\nrm -rf ~\n".utf8)))
        XCTAssertNil(EvidenceFileType.sniff(Array("<html><script>alert(1)</script>".utf8)))
        XCTAssertNil(EvidenceFileType.sniff(Array(" %PDF-1.4".utf8)), "the signature must be at the very start")
    }

    func testAZipThatIsNotAWordFileIsRefused() {
        XCTAssertNil(EvidenceFileType.sniff(zip(["notes.txt", "photo.jpg"])))
        XCTAssertNil(EvidenceFileType.sniff(zip(["[Content_Types].xml", "xl/workbook.xml"])), "a spreadsheet is not a Word file")
        XCTAssertNil(EvidenceFileType.sniff(zip(["word/document.xml.exe"])))
        XCTAssertNil(EvidenceFileType.sniff(zip([])))
    }

    func testTruncatedInputsAreRefused() {
        XCTAssertNil(EvidenceFileType.sniff([]))
        XCTAssertNil(EvidenceFileType.sniff(Array("%PDF".utf8)))
        XCTAssertNil(EvidenceFileType.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A]))
        XCTAssertNil(EvidenceFileType.sniff([0xFF, 0xD8]))
        XCTAssertNil(EvidenceFileType.sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A]))
        XCTAssertNil(EvidenceFileType.sniff([0x50, 0x4B, 0x03, 0x04]))
        let word = zip(["word/document.xml"])
        for length in [10, 29, 30, 40] {
            XCTAssertNil(EvidenceFileType.sniff(Array(word.prefix(length))), "cut at \(length) bytes")
        }
    }

    func testAHostileDirectoryGivesNoNamesAndNoCrash() {
        // An end record claiming 65,535 entries at an offset past the end, then one at offset 0 that
        // does not hold a directory header.
        let claimsTooMuch = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
            + [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(0xFFFF) + le16(0xFFFF) + le32(0xFFFF_FFFF) + le32(0x7FFF_FFFF) + le16(0)
        XCTAssertNil(EvidenceFileType.sniff(claimsTooMuch))
        // A name length running past the end of the bytes.
        let longName = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 22) + le16(0xFFFF) + le16(0) + Array("word/".utf8)
        XCTAssertNil(EvidenceFileType.sniff(longName))
        // A compressed size that would step past the end.
        let hugeStep = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 14) + le32(0xFFFF_FFFF) + le32(0) + le16(1) + le16(0) + [0x61]
        XCTAssertNil(EvidenceFileType.sniff(hugeStep))
    }

    func testTheMediaTypesAreTheOnesTheSchemaAllows() {
        XCTAssertEqual(Set(EvidenceFileType.allCases.map(\.rawValue)), [
            "application/pdf", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "image/jpeg", "image/png",
        ])
    }
}
