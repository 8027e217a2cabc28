import Foundation
import HTTP

enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A running server's event, one `key=value` line on stderr beside the access log.
    static func log(_ event: String, level: LogLine.Level = .info, _ fields: [(String, String)] = []) {
        AccessLog.standardError([LogLine(event, level: level, fields).description])
    }

    /// A background job's one-line report (reminders, backups, session purge) as an event.
    static func reporter(_ event: String) -> @Sendable (String) -> Void {
        { message in
            let failed = message.contains("failed")
            log(event, level: failed ? .error : .info, [("message", message)])
        }
    }
}
