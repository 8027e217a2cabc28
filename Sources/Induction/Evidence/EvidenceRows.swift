import SQLite

/// Reading evidence rows inside the caller's transaction or snapshot.
enum EvidenceRows {
    private static let select = """
        SELECT f.*, u.name AS uploader_name FROM evidence_files f JOIN users u ON u.id = f.uploaded_by
        """

    /// The report's files not removed, oldest first.
    static func live(reportID: Int, _ c: Connection) throws -> [EvidenceFile] {
        try c.query("\(select) WHERE f.report_id = ? AND f.removed_at IS NULL ORDER BY f.id", [reportID]).map(file)
    }

    static func load(_ id: Int, reportID: Int, _ c: Connection) throws -> EvidenceFile? {
        try c.queryOne("\(select) WHERE f.id = ? AND f.report_id = ?", [id, reportID]).map(file)
    }

    static func liveCopy(reportID: Int, sha256: String, _ c: Connection) throws -> EvidenceFile? {
        try c.queryOne("\(select) WHERE f.report_id = ? AND f.blob_sha256 = ? AND f.removed_at IS NULL", [reportID, sha256]).map(file)
    }

    static func liveBytes(reportID: Int, _ c: Connection) throws -> Int {
        try c.scalarInt("SELECT ifnull(sum(byte_count), 0) FROM evidence_files WHERE report_id = ? AND removed_at IS NULL",
                        [reportID]) ?? 0
    }

    private static func file(_ row: Row) throws -> EvidenceFile {
        let id = try row.int("id")
        guard let type = EvidenceFileType(rawValue: try row.string("media_type")) else {
            throw RecordDecodingError(table: "evidence_files", column: "media_type", id: id)
        }
        return EvidenceFile(id: id, reportID: try row.int("report_id"), fileName: try row.string("file_name"), type: type,
                            byteCount: try row.int("byte_count"), sha256: try row.string("blob_sha256"),
                            uploadedBy: try row.int("uploaded_by"), uploaderName: try row.string("uploader_name"),
                            uploadedAt: try row.string("uploaded_at"), removedAt: try row.optionalString("removed_at"))
    }
}
