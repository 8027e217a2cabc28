import Security
import SQLite

/// The ECT's tutor or headteacher attaches a file to a report as evidence (issue 9 item 4). The
/// type is sniffed from the content; the bytes are stored once by their SHA-256, and attaching the
/// same bytes again to the same report (a double-click, a retry) returns the file already there.
public struct AttachEvidence: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The stored file. Refuses with an `EvidenceRefusal` (nothing stored) when the author does
    /// not write this report, the report is with the appropriate body, the content is not an
    /// allowed type, or a limit would be passed.
    public func attach(reportID: Int, fileName: String, bytes: [UInt8], author: Author) throws -> EvidenceFile {
        try store.change { c, stamp in
            let report = try EvidenceAccess.writableReport(reportID, author: author, today: store.time.today, c)
            guard let userID = author.userID else { throw EvidenceRefusal.notYours }
            guard !bytes.isEmpty else { throw EvidenceRefusal.empty }
            guard let type = EvidenceFileType.sniff(bytes) else { throw EvidenceRefusal.notAllowedType }
            guard bytes.count <= EvidenceLimits.maxFileBytes else { throw EvidenceRefusal.fileTooLarge(byteCount: bytes.count) }
            let sha256 = Digest.sha256Hex(bytes)
            if let existing = try EvidenceRows.liveCopy(reportID: reportID, sha256: sha256, c) { return existing }
            let live = try EvidenceRows.liveBytes(reportID: reportID, c)
            guard live + bytes.count <= EvidenceLimits.maxReportBytes else { throw EvidenceRefusal.reportFull(liveBytes: live) }
            try c.run("INSERT INTO evidence_blobs (sha256, bytes, byte_count) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                      [sha256, bytes, bytes.count])
            try c.run("""
                INSERT INTO evidence_files (report_id, blob_sha256, file_name, media_type, byte_count, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [reportID, sha256, EvidenceFileName.clean(fileName, type: type), type.rawValue, bytes.count, userID, stamp])
            guard let file = try EvidenceRows.load(Int(c.lastInsertRowID), reportID: reportID, c) else {
                throw EvidenceRefusal.noSuchFile
            }
            let cleared = try ReportRows.evidenceChanged(report, at: stamp, c)
            try AuditEvent(author: author, action: .evidenceAttached, recordType: "report", recordID: reportID,
                           detail: "evidence attached: \(file.summary)" + (cleared > 0 ? "; \(cleared) signature(s) cleared" : ""))
                .record(in: c, at: stamp)
            return file
        }
    }
}
