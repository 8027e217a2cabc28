/// libFuzzer target: arbitrary template text parsed, then rendered with empty values when it parses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let library = try? TemplateLibrary(templates: ["page": source], strict: false) else { return 0 }
    _ = try? library.render("page", .dictionary([:]))
    _ = try? library.render("page", .dictionary(["items": .list([.null, .string("x")]), "flag": .bool(true)]))
    return 0
}
