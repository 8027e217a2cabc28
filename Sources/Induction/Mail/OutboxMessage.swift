import SQLite

/// One queued email as the outbox shows it to appropriate-body admins.
public struct OutboxMessage: Sendable, Equatable, Identifiable {
    public var id: Int
    public var recipient: String
    public var subject: String
    public var body: String
    /// `failed` once given up after `OutboxDeliveryWorker.maximumAttempts`.
    public var status: OutboxStatus
    public var attempts: Int
    public var nextAttemptAt: String
    public var lastError: String
    public var createdAt: String
    public var sentAt: String?
}

extension OutboxMessage {
    init(row: Row) throws {
        guard let status = OutboxStatus(rawValue: try row.string("status")) else {
            throw RecordDecodingError(table: "outbox_messages", column: "status", id: try row.int("id"))
        }
        self.init(id: try row.int("id"), recipient: try row.string("recipient"), subject: try row.string("subject"),
                  body: try row.string("body"), status: status, attempts: try row.int("attempts"),
                  nextAttemptAt: try row.string("next_attempt_at"), lastError: try row.string("last_error"),
                  createdAt: try row.string("created_at"), sentAt: try row.optionalString("sent_at"))
    }
}
