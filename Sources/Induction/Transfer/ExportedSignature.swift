/// A signature as sealed: who, in which role, when, and the SHA-256 of the content it sealed.
public struct ExportedSignature: Codable, Sendable, Equatable {
    public var role: String
    public var signerName: String
    public var signedAt: String
    public var contentHash: String
    /// Set when a later edit cleared it: a cleared signature seals an earlier text, not this one.
    public var clearedAt: String?

    enum CodingKeys: String, CodingKey {
        case role, signerName = "signer_name", signedAt = "signed_at", contentHash = "content_hash", clearedAt = "cleared_at"
    }
}
