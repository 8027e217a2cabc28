/// A sealed signature: who signed, in which role, when, and the SHA-256 of the report's canonical
/// content at that moment. An edit clears it; it is never deleted.
public struct ReportSignature: Sendable, Equatable {
    public var role: SignerRole
    public var userID: Int
    public var signerName: String
    public var signedAt: String
    public var contentHash: String
    public var clearedAt: String?
}
