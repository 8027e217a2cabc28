import Foundation

/// Renders an outbox message as an RFC 5322 message for a sendmail-compatible command. Lines end in
/// LF, the local convention `sendmail -t` expects; the MTA converts to CRLF on the wire.
enum OutboxMailFormat {
    /// RFC 5322 section 2.1.1: a line must not exceed 998 characters.
    static let lineLimit = 998

    /// Nil when the recipient is not one plain address (so no header can be smuggled in).
    static func render(_ message: OutboxMessage, from: String?, date: Date, domain: String) -> String? {
        guard let recipient = EmailAddress.normalise(message.recipient),
              recipient == message.recipient.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
        var headers: [String] = []
        if let from { headers.append("From: \(from)") }
        headers.append("To: \(recipient)")
        headers.append("Subject: \(encodedHeader(TextCleaning.singleLine(message.subject)))")
        headers.append("Date: \(rfc5322Date(date))")
        headers.append("Message-ID: <induct.outbox.\(message.id).\(digits(message.createdAt))@\(domain)>")
        headers.append("MIME-Version: 1.0")
        headers.append("Content-Type: text/plain; charset=utf-8")
        headers.append("Content-Transfer-Encoding: 8bit")
        return headers.joined(separator: "\n") + "\n\n" + body(message.body)
    }

    /// RFC 5322 section 3.3, always in UTC: "Wed, 25 Nov 2026 10:00:00 +0000".
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// RFC 2047 "B" encoded-words for text that is not printable ASCII, each under 76 characters
    /// and never splitting a character, folded onto continuation lines.
    static func encodedHeader(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7f }) { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(encodedWord(chunk)) }
        return words.joined(separator: "\n ")
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?utf-8?B?\(Data(bytes).base64EncodedString())?="
    }

    /// Normalises line endings and breaks any line longer than the RFC limit at a space if it can.
    static func body(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines: [String] = []
        for line in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(line)
            while rest.utf8.count > lineLimit {
                var cut = rest.startIndex
                var bytes = 0
                for index in rest.indices {
                    let size = rest[index].utf8.count
                    if bytes + size > lineLimit { break }
                    bytes += size
                    cut = rest.index(after: index)
                }
                if let space = rest[..<cut].lastIndex(of: " "), space > rest.startIndex { cut = space }
                lines.append(String(rest[..<cut]))
                rest = rest[cut...].drop(while: { $0 == " " })
            }
            lines.append(String(rest))
        }
        let joined = lines.joined(separator: "\n")
        return joined.hasSuffix("\n") ? joined : joined + "\n"
    }

    private static func digits(_ text: String) -> String {
        String(text.filter(\.isNumber))
    }
}
