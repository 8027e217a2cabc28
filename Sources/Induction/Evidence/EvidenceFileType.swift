/// The kinds of file a tutor may attach as evidence, decided by the file's first bytes and never by
/// its name: a program renamed "report.pdf" is still a program. The raw value is the media type stored.
public enum EvidenceFileType: String, Sendable, CaseIterable {
    case pdf = "application/pdf"
    case docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case doc = "application/msword"
    case jpeg = "image/jpeg"
    case png = "image/png"

    /// How a page or the audit trail names the type.
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .docx: "Word document"
        case .doc: "Word 97-2003 document"
        case .jpeg: "JPEG image"
        case .png: "PNG image"
        }
    }

    /// The extension a file of this type is given when its name has none.
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .docx: "docx"
        case .doc: "doc"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    /// The type the content is, or nil for anything else (executables, archives, text, HTML).
    public static func sniff(_ bytes: [UInt8]) -> EvidenceFileType? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .doc }
        // A .docx is a ZIP holding word/document.xml; any other ZIP (a plain archive, an .xlsx, a
        // .jar) is refused.
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), ZipEntryNames.of(bytes).contains("word/document.xml") {
            return .docx
        }
        return nil
    }
}
