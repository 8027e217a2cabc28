/// An evidence file's metadata and the SHA-256 of its bytes; the bytes themselves are not exported.
public struct ExportedEvidence: Codable, Sendable, Equatable {
    public var fileName: String
    public var mediaType: String
    public var byteCount: Int
    public var sha256: String
    public var uploadedBy: String
    public var uploadedAt: String
    public var removedAt: String?

    enum CodingKeys: String, CodingKey {
        case fileName = "file_name", mediaType = "media_type", byteCount = "byte_count", sha256, uploadedBy = "uploaded_by"
        case uploadedAt = "uploaded_at", removedAt = "removed_at"
    }
}
