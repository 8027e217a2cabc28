import SQLite

/// Issue 9 item 4: a report's evidence files. Who may see them is the web layer's `AccessPolicy` rule.
extension InductionReader {
    /// The report's files not removed, oldest first.
    public func evidence(reportID: Int) throws -> [EvidenceFile] {
        try database.read { try EvidenceRows.live(reportID: reportID, $0) }
    }

    /// A file on this report and its bytes, or nil when there is no such file or it was removed.
    public func evidenceDownload(reportID: Int, fileID: Int) throws -> (file: EvidenceFile, bytes: [UInt8])? {
        try database.read { c in
            guard let file = try EvidenceRows.load(fileID, reportID: reportID, c), file.removedAt == nil,
                  let bytes = try c.queryOne("SELECT bytes FROM evidence_blobs WHERE sha256 = ?", [file.sha256])?.blob("bytes")
            else { return nil }
            return (file, bytes)
        }
    }
}
