/// A pure parser of `multipart/form-data` bodies (RFC 7578, framing from RFC 2046 5.1), over bytes
/// already received whole. Strict like the request parser: CRLF only, a boundary of 1 to 70
/// characters, every part named by `Content-Disposition: form-data; name=…`, and limits on parts
/// and part headers. The preamble and epilogue are ignored.
public enum MultipartFormData {
    static let crlf: [UInt8] = [13, 10]
    static let dashes: [UInt8] = [45, 45]

    /// The boundary parameter of a `multipart/form-data` Content-Type, quoted or not.
    public static func boundary(contentType: String) throws(MultipartError) -> String {
        guard let parsed = HeaderParameters.parse(contentType), parsed.value == "multipart/form-data" else {
            throw MultipartError("the form is not multipart/form-data")
        }
        guard let boundary = parsed.parameters["boundary"] else { throw MultipartError("the form's Content-Type has no boundary") }
        // RFC 2046 5.1.1: 1 to 70 bchars, not ending in a space.
        guard (1...70).contains(boundary.utf8.count), boundary.utf8.allSatisfy(isBoundaryByte), boundary.last != " " else {
            throw MultipartError("the form's boundary is not valid")
        }
        return boundary
    }

    public static func parse(_ body: [UInt8], contentType: String, limits: MultipartLimits = MultipartLimits()) throws(MultipartError) -> [MultipartPart] {
        guard body.count <= limits.maxBodyBytes else { throw MultipartError("the form is too large") }
        let delimiter = dashes + Array(try boundary(contentType: contentType).utf8)
        let innerDelimiter = crlf + delimiter
        // The first delimiter opens the body or follows the preamble's last CRLF.
        var position: Int
        if body.starts(with: delimiter) {
            position = 0
        } else if let found = find(innerDelimiter, in: body, from: 0) {
            position = found + 2
        } else {
            throw MultipartError("the form has no opening boundary")
        }
        var parts: [MultipartPart] = []
        while true {
            position += delimiter.count
            if body[position...].starts(with: dashes) { return parts }
            // RFC 2046 5.1.1: transport padding (LWSP) may follow a delimiter before its CRLF.
            while position < body.count, body[position] == RequestParser.sp || body[position] == RequestParser.htab { position += 1 }
            guard body[position...].starts(with: crlf) else { throw MultipartError("a boundary line of the form is malformed") }
            position += 2
            guard parts.count < limits.maxParts else { throw MultipartError("the form has more than \(limits.maxParts) parts") }
            let (headers, contentStart) = try partHeaders(body, from: position, limits: limits)
            guard let end = find(innerDelimiter, in: body, from: contentStart) else {
                throw MultipartError("the form ends before its closing boundary")
            }
            var part = try describe(headers)
            part.body = Array(body[contentStart..<end])
            parts.append(part)
            position = end + 2
        }
    }

    /// The part's header fields, and where its content starts.
    private static func partHeaders(_ body: [UInt8], from start: Int, limits: MultipartLimits) throws(MultipartError) -> ([(name: String, value: String)], Int) {
        var fields: [(name: String, value: String)] = []
        var lineStart = start
        while true {
            guard let lineEnd = find(crlf, in: body, from: lineStart, within: limits.maxPartHeaderBytes - (lineStart - start)) else {
                if body.count - start > limits.maxPartHeaderBytes { throw MultipartError("a part's headers are too large") }
                throw MultipartError("the form ends inside a part's headers")
            }
            let line = body[lineStart..<lineEnd]
            if line.isEmpty { return (fields, lineEnd + 2) }
            guard !line.contains(RequestParser.lf), !line.contains(RequestParser.cr) else { throw MultipartError("a part's header has a bare CR or LF") }
            guard case .success(let field) = RequestParser.parseField(line) else { throw MultipartError("a part's header is malformed") }
            fields.append(field)
            lineStart = lineEnd + 2
        }
    }

    private static func describe(_ headers: [(name: String, value: String)]) throws(MultipartError) -> MultipartPart {
        let dispositions = headers.filter { $0.name.lowercased() == "content-disposition" }
        guard dispositions.count == 1, let disposition = HeaderParameters.parse(dispositions[0].value),
              disposition.value == "form-data" else { throw MultipartError("a part of the form has no form-data Content-Disposition") }
        guard let name = disposition.parameters["name"] else { throw MultipartError("a part of the form has no name") }
        let types = headers.filter { $0.name.lowercased() == "content-type" }
        guard types.count <= 1 else { throw MultipartError("a part of the form has two Content-Types") }
        return MultipartPart(name: name, filename: disposition.parameters["filename"], contentType: types.first?.value ?? "text/plain", body: [])
    }

    /// The first index of `needle` in `haystack` at or after `start`, looking at most `within` bytes on.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, within: Int = .max) -> Int? {
        guard let first = needle.first, start <= haystack.count else { return nil }
        let last = min(haystack.count - needle.count, within == .max ? .max : start + within)
        var index = start
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// bchars of RFC 2046 5.1.1.
    static func isBoundaryByte(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte, or: "'()+_,-./:=? ")
    }
}
