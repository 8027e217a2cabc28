import Foundation
import Induction

/// Hands each message to a sendmail-compatible command (`INDUCT_SENDMAIL`, for example
/// `/usr/sbin/sendmail -t -i`) on its standard input. Process spawning lives here, outside the domain.
public struct SendmailTransport: MailTransport {
    let command: ShellCommand

    /// Nil when `command` is blank. A command still running after `timeout` seconds is killed with
    /// everything it started.
    public init?(command: String?, timeout: Double = 30) {
        let trimmed = command?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else { return nil }
        self.command = ShellCommand(command: trimmed, timeout: timeout)
    }

    public func send(_ message: [UInt8]) -> String? {
        let outcome = command.run(input: message)
        return outcome.succeeded ? nil : outcome.summary
    }
}
