/// A header value of the form `type; name=value; name="quoted \"value\""` (RFC 9110 5.6.6),
/// as Content-Type and Content-Disposition are written. Names are lowercased.
struct HeaderParameters: Equatable {
    var value: String
    var parameters: [String: String]

    static func parse(_ text: String) -> HeaderParameters? {
        var bytes = ArraySlice(Array(text.utf8))
        func skipSpace() { while let b = bytes.first, b == RequestParser.sp || b == RequestParser.htab { bytes = bytes.dropFirst() } }
        func token() -> String? {
            let run = bytes.prefix(while: RequestParser.isTokenByte)
            guard !run.isEmpty else { return nil }
            bytes = bytes.dropFirst(run.count)
            return String(decoding: run, as: UTF8.self)
        }
        skipSpace()
        let typeRun = bytes.prefix { RequestParser.isTokenByte($0) || $0 == UInt8(ascii: "/") }
        guard !typeRun.isEmpty else { return nil }
        bytes = bytes.dropFirst(typeRun.count)
        var result = HeaderParameters(value: String(decoding: typeRun, as: UTF8.self).lowercased(), parameters: [:])
        while true {
            skipSpace()
            guard let b = bytes.first else { return result }
            guard b == UInt8(ascii: ";") else { return nil }
            bytes = bytes.dropFirst()
            skipSpace()
            if bytes.isEmpty { return result }
            guard let name = token()?.lowercased(), bytes.first == UInt8(ascii: "=") else { return nil }
            bytes = bytes.dropFirst()
            let value: String
            if bytes.first == UInt8(ascii: "\"") {
                bytes = bytes.dropFirst()
                var quoted: [UInt8] = []
                var closed = false
                while let c = bytes.first {
                    bytes = bytes.dropFirst()
                    if c == UInt8(ascii: "\"") { closed = true; break }
                    if c == UInt8(ascii: "\\"), let escaped = bytes.first {
                        quoted.append(escaped)
                        bytes = bytes.dropFirst()
                    } else {
                        quoted.append(c)
                    }
                }
                guard closed, let text = String(validating: quoted, as: UTF8.self) else { return nil }
                value = text
            } else {
                guard let text = token() else { return nil }
                value = text
            }
            // A repeated parameter is ambiguous: refuse rather than pick one.
            guard result.parameters[name] == nil else { return nil }
            result.parameters[name] = value
        }
    }
}
