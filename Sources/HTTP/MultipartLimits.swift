/// Bounds on a multipart body beyond the server's body limit, so that a small body cannot make
/// the parser do unbounded work or keep unbounded state.
public struct MultipartLimits: Sendable {
    public var maxParts = 100
    /// One part's header block, CRLFs included.
    public var maxPartHeaderBytes = 8 * 1024
    public var maxBodyBytes = 2 * 1024 * 1024

    public init(maxParts: Int = 100, maxPartHeaderBytes: Int = 8 * 1024, maxBodyBytes: Int = 2 * 1024 * 1024) {
        self.maxParts = maxParts
        self.maxPartHeaderBytes = maxPartHeaderBytes
        self.maxBodyBytes = maxBodyBytes
    }
}
