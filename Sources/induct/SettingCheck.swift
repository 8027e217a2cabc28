import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Induction

/// The checks behind `Setting.problem`: each returns what is wrong with a value, or nil.
enum SettingCheck {
    static func integer(_ range: ClosedRange<Int>) -> @Sendable (String) -> String? {
        { text in
            guard let number = Int(text), range.contains(number) else {
                return "must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        }
    }

    @Sendable static func databasePath(_ text: String) -> String? {
        if text.isEmpty { return "must be a file path" }
        return isDirectory(text) ? "must be a file, not a folder" : nil
    }

    @Sendable static func directory(_ text: String) -> String? {
        isDirectory(text) ? nil : "must be an existing folder"
    }

    @Sendable static func backupFolder(_ text: String) -> String? {
        guard !text.isEmpty, FileManager.default.fileExists(atPath: text) else { return nil }
        return isDirectory(text) ? nil : "must be a folder (it is created if missing), not a file"
    }

    @Sendable static func listenAddress(_ text: String) -> String? {
        text == "localhost" || ipAddress(text) == nil ? nil : "must be an IP address such as 127.0.0.1 or 0.0.0.0, or localhost"
    }

    @Sendable static func ipAddress(_ text: String) -> String? {
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        if inet_pton(AF_INET, text, &ipv4) == 1 || inet_pton(AF_INET6, text, &ipv6) == 1 { return nil }
        return "must be an IP address such as 10.0.0.5"
    }

    @Sendable static func baseURL(_ text: String) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              ["http", "https"].contains(scheme.lowercased()), let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil, !text.hasSuffix("/") else {
            return "must be an http:// or https:// address with no trailing slash, such as https://induct.example.org"
        }
        return nil
    }

    @Sendable static func timeOfDay(_ text: String) -> String? {
        ReminderTime(text) == nil ? "must be a 24-hour time HH:MM, such as 07:00" : nil
    }

    /// The command's first word must be an executable program, by path or found on PATH.
    @Sendable static func command(_ text: String) -> String? {
        guard let program = text.split(whereSeparator: \.isWhitespace).first.map(String.init) else {
            return "must be a command such as \"/usr/sbin/sendmail -t -i\""
        }
        let folders = program.contains("/") ? [""] : (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map { $0 + "/" }
        let found = folders.contains { access($0 + program, X_OK) == 0 && !isDirectory($0 + program) }
        return found ? nil : "must start with a program that exists and can be run"
    }

    private static func isDirectory(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
