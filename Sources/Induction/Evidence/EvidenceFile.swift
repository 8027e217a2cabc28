/// One evidence file on a report as stored: its cleaned name, the type its content is, its size,
/// who attached it and when, and whether it has been removed. The bytes are read separately
/// (`InductionReader.evidenceDownload`).
public struct EvidenceFile: Sendable, Equatable, Identifiable {
    public var id: Int
    public var reportID: Int
    public var fileName: String
    public var type: EvidenceFileType
    public var byteCount: Int
    /// The SHA-256 of the bytes (hex), which is also where they are stored.
    public var sha256: String
    public var uploadedBy: Int
    public var uploaderName: String
    public var uploadedAt: String
    public var removedAt: String?

    /// The media type a download is served with: the sniffed one, never the name's.
    public var mediaType: String { type.rawValue }

    /// "report.pdf (PDF, 34 KB)": how the audit trail and a page's list name the file.
    public var summary: String { "\(fileName) (\(type.label), \(EvidenceLimits.describe(byteCount)))" }
}
