/// libFuzzer target: a multipart body whose boundary comes from the input's first line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let newline = bytes.firstIndex(of: 10) ?? bytes.count
    let boundary = String(decoding: bytes[..<newline], as: UTF8.self)
    let body = newline < bytes.count ? Array(bytes[(newline + 1)...]) : []
    let limits = MultipartLimits(maxParts: 20, maxPartHeaderBytes: 512, maxBodyBytes: 64 * 1024)
    for contentType in ["multipart/form-data; boundary=\(boundary)", boundary] {
        if let parts = try? MultipartFormData.parse(body, contentType: contentType, limits: limits) {
            for part in parts { _ = "\(part)" }
        }
    }
    return 0
}
