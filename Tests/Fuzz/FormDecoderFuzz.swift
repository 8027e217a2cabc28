/// libFuzzer target: form bodies and request-target queries from arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? FormURLEncoded.decode(bytes)
    _ = try? FormURLEncoded.decode(String(decoding: bytes, as: UTF8.self))
    for method in ["GET", "OPTIONS"] {
        if case .success(let target) = RequestTarget.parse(bytes[...], method: method) {
            _ = (target.path, target.query.count)
        }
    }
    _ = HeaderParameters.parse(String(decoding: bytes, as: UTF8.self))
    return 0
}
