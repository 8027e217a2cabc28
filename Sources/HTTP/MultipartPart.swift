/// One part of a `multipart/form-data` body (RFC 7578 4.2): a field, or a file when it has a filename.
public struct MultipartPart: Sendable, Equatable {
    public var name: String
    /// The `filename` parameter as sent (browsers send the file's base name); nil for a plain field.
    public var filename: String?
    /// RFC 7578 4.4: `text/plain` when the part has no Content-Type.
    public var contentType: String
    public var body: [UInt8]

    public init(name: String, filename: String? = nil, contentType: String = "text/plain", body: [UInt8]) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.body = body
    }
}
