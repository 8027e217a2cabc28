/// Where the outbox hands a finished message (RFC 5322 text): the serve command gives the worker a
/// sendmail command, tests give it their own.
public protocol MailTransport: Sendable {
    /// Nil when the mail system took the message; otherwise why not, for the outbox's last error.
    func send(_ message: [UInt8]) -> String?
}
