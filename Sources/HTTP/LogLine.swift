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
        var line = "ts=\(Self.iso8601(timestamp)) level=\(level.rawValue) event=\(Self.encoded(event))"
        for field in fields { line += " \(field.key)=\(Self.encoded(field.value))" }
        return line
    }

    /// Seconds since the epoch as `2026-12-03T10:00:00.123Z`.
    static func iso8601(_ time: timespec) -> String {
        var seconds = time.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let millis = Int(time.tv_nsec / 1_000_000)
        let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(fraction)Z"
    }

    static func encoded(_ value: String) -> String {
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
