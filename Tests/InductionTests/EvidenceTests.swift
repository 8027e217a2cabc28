import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 9 item 4: the tutor attaches evidence files to a report; the type is the content's, the
/// bytes are stored once, the limits hold, the mentor cannot, and removing keeps the bytes.
final class EvidenceTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private var tutor: Author!
    private var mentor: Author!
    private var reportID = 0

    /// A tiny PDF written by hand: a catalogue, an empty page tree, a trailer.
    private let pdf = Array("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n".utf8)
    private let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 56)
    private let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
        let ect = try id("SELECT id FROM ects WHERE trn = '3012456'")
        let staff = "SELECT user_id FROM staff_assignments WHERE ect_id = ? AND role = ? AND to_date IS NULL ORDER BY id DESC LIMIT 1"
        tutor = TestFixtures.makeAuthor(name: "Tutor", userID: try id(staff, [ect, "tutor"]), role: .inductionTutor)
        mentor = TestFixtures.makeAuthor(name: "Mentor", userID: try id(staff, [ect, "mentor"]), role: .mentor)
        reportID = try StartReport(store: store).start(ectID: ect, kind: .progressReview, termNumber: 1, author: tutor)
    }

    private func id(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt(sql, bindings) }, sql)
    }

    private func count(_ table: String, _ condition: String = "1") throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt("SELECT count(*) FROM \(table) WHERE \(condition)") })
    }

    private func attach(_ bytes: [UInt8], as name: String = "notes.pdf", by author: Author? = nil) throws -> EvidenceFile {
        try AttachEvidence(store: store).attach(reportID: reportID, fileName: name, bytes: bytes, author: author ?? tutor)
    }

    private func assertRefused(_ expected: EvidenceRefusal, _ change: () throws -> Any, line: UInt = #line) {
        XCTAssertThrowsError(try change(), line: line) { XCTAssertEqual($0 as? EvidenceRefusal, expected, line: line) }
    }

    /// A PDF of exactly `size` bytes, made distinct by `mark`.
    private func pdf(size: Int, mark: UInt8 = 0) -> [UInt8] {
        Array("%PDF-1.4\n".utf8) + [mark] + [UInt8](repeating: 0x20, count: size - 10)
    }

    func testADisguisedExecutableIsRefusedAndNothingIsStored() throws {
        assertRefused(.notAllowedType) { try self.attach(self.elf, as: "lesson-observation.pdf") }
        assertRefused(.notAllowedType) { try self.attach([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], as: "review.docx") }
        XCTAssertEqual(try count("evidence_files"), 0)
        XCTAssertEqual(try count("evidence_blobs"), 0)
        XCTAssertEqual(try count("audit_events", "action = 'report.evidence_attached'"), 0)
        XCTAssertEqual(EvidenceRefusal.notAllowedType.message,
                       "The selected file must be a PDF, a Word document (.docx or .doc), a JPEG or a PNG")
    }

    func testAPDFAttachedTwiceIsStoredOnce() throws {
        let first = try attach(pdf, as: "C:\\fakepath\\Observation notes.pdf")
        let second = try attach(pdf, as: "Observation notes (1).pdf")
        XCTAssertEqual(second, first, "the second attach returns the first")
        XCTAssertEqual(first.fileName, "Observation notes.pdf")
        XCTAssertEqual(first.mediaType, "application/pdf")
        XCTAssertEqual(first.byteCount, pdf.count)
        XCTAssertEqual(try count("evidence_files"), 1)
        XCTAssertEqual(try count("evidence_blobs"), 1)
        XCTAssertEqual(try database.read { try $0.query("SELECT detail FROM audit_events WHERE action = 'report.evidence_attached'") }
            .map { try $0.string("detail") }, ["evidence attached: Observation notes.pdf (PDF, \(pdf.count) bytes)"])
        XCTAssertEqual(try store.reader.evidence(reportID: reportID), [first])
        let download = try XCTUnwrap(try store.reader.evidenceDownload(reportID: reportID, fileID: first.id))
        XCTAssertEqual(download.file, first)
        XCTAssertEqual(download.bytes, pdf)
        XCTAssertNil(try store.reader.evidenceDownload(reportID: reportID + 1, fileID: first.id), "another report's file")
    }

    func testTheStoredTypeIsTheSniffedOneNotTheName() throws {
        let file = try attach(png, as: "photo.pdf")
        XCTAssertEqual(file.type, .png)
        XCTAssertEqual(try database.read { try $0.queryOne("SELECT media_type FROM evidence_files")?.string("media_type") }, "image/png")
    }

    func testAFileOver10MBIsRefused() throws {
        assertRefused(.fileTooLarge(byteCount: 10_485_761)) { try self.attach(self.pdf(size: 10_485_761)) }
        XCTAssertEqual(try count("evidence_blobs"), 0)
        XCTAssertEqual(try attach(pdf(size: 10_485_760)).byteCount, 10_485_760, "exactly 10 MB is allowed")
        XCTAssertEqual(EvidenceRefusal.fileTooLarge(byteCount: 12_000_000).message,
                       "The selected file is 11.4 MB: each file must be 10 MB or smaller")
    }

    func testAReportHoldsAtMost50MBOfLiveFiles() throws {
        let files = try (1...5).map { try attach(pdf(size: EvidenceLimits.maxFileBytes, mark: UInt8($0))) }
        assertRefused(.reportFull(liveBytes: 52_428_800)) { try self.attach(self.pdf) }
        XCTAssertEqual(try attach(pdf(size: EvidenceLimits.maxFileBytes, mark: 1)), files[0], "a retry of a stored file still answers")
        XCTAssertEqual(try count("evidence_files"), 5)
        XCTAssertTrue(try RemoveEvidence(store: store).remove(reportID: reportID, fileID: files[0].id, author: tutor))
        XCTAssertEqual(try attach(pdf).byteCount, pdf.count, "removing a file makes room")
    }

    func testTheMentorIsRefused() throws {
        assertRefused(.notYours) { try self.attach(self.pdf, by: self.mentor) }
        XCTAssertEqual(try count("evidence_blobs"), 0)
        let file = try attach(pdf)
        assertRefused(.notYours) { try RemoveEvidence(store: self.store).remove(reportID: self.reportID, fileID: file.id, author: self.mentor) }
        XCTAssertEqual(try store.reader.evidence(reportID: reportID), [file])
    }

    func testTheHeadteacherAlsoAttaches() throws {
        let head = try id("""
            SELECT g.user_id FROM role_grants g JOIN reports r ON r.school_id = g.school_id
            WHERE g.role = 'headteacher' AND r.id = ? LIMIT 1
            """, [reportID])
        let file = try attach(png, as: "display.png", by: TestFixtures.makeAuthor(name: "Head", userID: head, role: .headteacher))
        XCTAssertEqual(file.uploadedBy, head)
    }

    func testTheSchemaRefusesWhatTheVerbWouldNot() throws {
        let file = try attach(pdf)
        func insert(name: String = "b.pdf", type: String = "application/pdf") throws {
            try database.write {
                _ = try $0.run("""
                    INSERT INTO evidence_files (report_id, blob_sha256, file_name, media_type, byte_count, uploaded_by, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, '2026-11-25T09:00:00Z')
                    """, [reportID, file.sha256, name, type, file.byteCount, file.uploadedBy])
            }
        }
        XCTAssertThrowsError(try insert(), "the same bytes are on this report once")
        try database.write { _ = try $0.run("UPDATE evidence_files SET removed_at = '2026-11-25T09:00:00Z', removed_by = uploaded_by") }
        XCTAssertThrowsError(try insert(type: "application/x-msdownload"))
        XCTAssertThrowsError(try insert(name: "../b.pdf"))
        XCTAssertThrowsError(try insert(name: "..\\b.pdf"))
        XCTAssertThrowsError(try insert(name: "b\npdf"))
        XCTAssertThrowsError(try insert(name: ""))
        XCTAssertNoThrow(try insert())
    }

    func testASubmittedReportsEvidenceIsFixed() throws {
        let file = try attach(pdf)
        try database.write { try $0.run("UPDATE reports SET state = 'submitted', submitted_at = '2026-11-25T09:00:00Z' WHERE id = ?", [reportID]) }
        assertRefused(.notWithSchool(.submitted)) { try self.attach(self.png) }
        assertRefused(.notWithSchool(.submitted)) {
            try RemoveEvidence(store: self.store).remove(reportID: self.reportID, fileID: file.id, author: self.tutor)
        }
        assertRefused(.noSuchReport) {
            try AttachEvidence(store: self.store).attach(reportID: 999_999, fileName: "a.pdf", bytes: self.pdf, author: self.tutor)
        }
    }

    func testRemovingMarksTheFileRemovedAndKeepsItsBytes() throws {
        let file = try attach(pdf, as: "draft.pdf")
        let remove = RemoveEvidence(store: store)
        XCTAssertTrue(try remove.remove(reportID: reportID, fileID: file.id, author: tutor))
        XCTAssertFalse(try remove.remove(reportID: reportID, fileID: file.id, author: tutor), "a second click changes nothing")
        assertRefused(.noSuchFile) { try remove.remove(reportID: self.reportID, fileID: file.id + 1, author: self.tutor) }
        XCTAssertEqual(try store.reader.evidence(reportID: reportID), [])
        XCTAssertNil(try store.reader.evidenceDownload(reportID: reportID, fileID: file.id))
        XCTAssertEqual(try count("evidence_files", "removed_at IS NOT NULL AND removed_by = \(tutor.userID ?? 0)"), 1)
        XCTAssertEqual(try count("evidence_blobs"), 1)
        XCTAssertEqual(try count("audit_events", "action = 'report.evidence_removed' AND detail = 'evidence removed: draft.pdf (PDF, \(pdf.count) bytes)'"), 1)
        XCTAssertNotEqual(try attach(pdf).id, file.id, "attached again after removal, it is a new file on the same bytes")
        XCTAssertEqual(try count("evidence_blobs"), 1)
        XCTAssertThrowsError(try database.write { try $0.run("DELETE FROM evidence_blobs") })
        XCTAssertThrowsError(try database.write { try $0.run("DELETE FROM evidence_files") })
        XCTAssertThrowsError(try database.write { try $0.run("UPDATE evidence_files SET file_name = 'x.pdf'") })
    }

    /// The report row changes too: evidence is sealed with the text, so its version moves on.
    func testAttachingIsUndoneWhenItsAuditFails() throws {
        try AuditTransactionProbe(database).assertAtomic(["evidence_blobs", "evidence_files", "reports"]) {
            _ = try attach(pdf)
        }
    }

    func testRemovingIsUndoneWhenItsAuditFails() throws {
        let file = try attach(pdf)
        try AuditTransactionProbe(database).assertAtomic(["evidence_files", "reports"]) {
            let removed = try RemoveEvidence(store: store).remove(reportID: reportID, fileID: file.id, author: tutor)
            XCTAssertTrue(removed)
        }
    }
}
