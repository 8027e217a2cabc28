import Glibc

/// One log event as one line of `key=value` pairs, starting `ts=… level=… event=…`. Values with spaces,
/// quotes or `=` are quoted; control characters are escaped so a value cannot forge a second line; any
/// word that looks like an email address becomes `[email]`, since logs carry user ids, never personal data.
public struct LogLine: Sendable, CustomStringConvertible {
    public enum Level: String, Sendable { case info, warn, error }

    public let level: Level
    public let event: String
    public private(set) var fields: [(key: String, value: String)]
    let timestamp: timespec

    public init(_ event: String, level: Level = .info, _ fields: [(String, String)] = []) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        self.init(event, level: level, fields, at: now)
    }

    init(_ event: String, level: Level, _ fields: [(String, String)], at timestamp: timespec) {
        self.level = level
        self.event = event
        self.fields = fields.map { (key: $0.0, value: $0.1) }
        self.timestamp = timestamp
    }

    public var description: String {
        // Built by appending into one reserved string: every request writes one of these (the
        // interpolations it replaced were 6% of /healthz, docs/performance.md).
        var line = "ts="
        line.reserveCapacity(48 + event.utf8.count + fields.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 2 })
        line += Self.iso8601(timestamp)
        line += " level="
        line += level.rawValue
        line += " event="
        line += Self.encoded(event)
        for field in fields {
            line += " "
            line += field.key
            line += "="
            line += Self.encoded(field.value)
        }
        return line
    }

    /// Seconds since the epoch as `2026-12-03T10:00:00.123Z`.
    static func iso8601(_ time: timespec) -> String {
        var seconds = time.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        func digits(_ number: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        let year = Int(parts.tm_year) + 1900
        if year > 9999 || year < 0 { bytes.append(contentsOf: String(year).utf8) } else { digits(year, 4) }
        bytes.append(UInt8(ascii: "-")); digits(Int(parts.tm_mon) + 1, 2)
        bytes.append(UInt8(ascii: "-")); digits(Int(parts.tm_mday), 2)
        bytes.append(UInt8(ascii: "T")); digits(Int(parts.tm_hour), 2)
        bytes.append(UInt8(ascii: ":")); digits(Int(parts.tm_min), 2)
        bytes.append(UInt8(ascii: ":")); digits(Int(parts.tm_sec), 2)
        bytes.append(UInt8(ascii: ".")); digits(Int(time.tv_nsec / 1_000_000), 3)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `value` goes into a line as it is: no character to quote and nothing like an email.
    private static func isPlain(_ value: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "="), UInt8(ascii: "\\"), UInt8(ascii: "@"), 0..<0x20:
                return false
            case UInt8(ascii: "0") where previous == (UInt8(ascii: "%"), UInt8(ascii: "4")):
                return false
            default:
                previous = (previous.1, byte)
            }
        }
        return true
    }

    static func encoded(_ value: String) -> String {
        if !value.isEmpty && isPlain(value) { return value }
        let redacted = redactingEmails(value)
        guard !redacted.isEmpty else { return "\"\"" }
        let needsQuotes = redacted.unicodeScalars.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.value < 0x20 || $0 == "\\" }
        guard needsQuotes else { return redacted }
        var quoted = "\""
        for scalar in redacted.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Replaces each whitespace-separated word holding `@` (or `%40`, its percent-encoding) with `[email]`.
    static func redactingEmails(_ value: String) -> String {
        guard mayHoldEmail(value) else { return value }
        var result = ""
        var word = ""
        func flush() {
            result += mayHoldEmail(word) ? "[email]" : word
            word = ""
        }
        for character in value {
            if character.isWhitespace {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }

    /// `@` or `%40` anywhere, by bytes: this runs on every request's log line.
    static func mayHoldEmail(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: "0"), previous == (UInt8(ascii: "%"), UInt8(ascii: "4")) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
