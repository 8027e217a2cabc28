import Foundation

/// libFuzzer target: the CSV reader of the ECT and DfE error-file imports, over arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (records, unclosedQuoteLine) = CSVReader.read(text)
    var previousLine = 0
    for record in records {
        if record.line <= previousLine { fatalError("record lines out of order: \(records)") }
        previousLine = record.line
        _ = record.isBlank
    }
    if let line = unclosedQuoteLine, line < 1 { fatalError("unclosed quote on line \(line)") }
    return 0
}
