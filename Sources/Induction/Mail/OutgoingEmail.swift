import SQLite

/// A message for the outbox. It is delivered later by the delivery worker, never inside a request.
public struct OutgoingEmail: Sendable, Equatable {
    public var recipient: String
    public var subject: String
    public var body: String

    public init(recipient: String, subject: String, body: String) {
        self.recipient = recipient
        self.subject = subject
        self.body = body
    }

    /// Queues the message in the caller's transaction, so it is sent only if the change commits.
    @discardableResult
    public func enqueue(in connection: Connection, at timestamp: String) throws -> Int {
        try connection.run(
            "INSERT INTO outbox_messages (recipient, subject, body, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)",
            [recipient, subject, body, timestamp, timestamp]
        )
        return Int(connection.lastInsertRowID)
    }
}
