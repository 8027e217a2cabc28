import SQLite

/// Reads the outbox, newest first, for the admin pages and the delivery worker.
public struct OutboxQueries: Sendable {
    public init() {}

    /// `status` nil lists every message.
    public func messages(status: OutboxStatus?, limit: Int, offset: Int, _ c: Connection) throws -> [OutboxMessage] {
        let (filter, bindings) = Self.filter(status)
        return try c.query("SELECT * FROM outbox_messages\(filter) ORDER BY id DESC LIMIT ? OFFSET ?",
                           bindings + [min(max(limit, 1), 500), max(offset, 0)]).map(OutboxMessage.init(row:))
    }

    public func count(status: OutboxStatus?, _ c: Connection) throws -> Int {
        let (filter, bindings) = Self.filter(status)
        return try c.scalarInt("SELECT count(*) FROM outbox_messages\(filter)", bindings) ?? 0
    }

    public func message(id: Int, _ c: Connection) throws -> OutboxMessage? {
        try c.queryOne("SELECT * FROM outbox_messages WHERE id = ?", [id]).map(OutboxMessage.init(row:))
    }

    /// Pending messages whose next attempt is at or before `timestamp`, oldest first.
    func due(at timestamp: String, limit: Int, _ c: Connection) throws -> [OutboxMessage] {
        try c.query("SELECT * FROM outbox_messages WHERE status = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                    [OutboxStatus.pending.rawValue, timestamp, limit]).map(OutboxMessage.init(row:))
    }

    private static func filter(_ status: OutboxStatus?) -> (String, [any SQLBindable]) {
        guard let status else { return ("", []) }
        return (" WHERE status = ?", [status.rawValue])
    }
}
