import SQLite

/// Reads the outbox, newest first, for the admin pages and the delivery worker.
public struct OutboxQueries: Sendable {
    public static let statuses = ["pending", "sent", "failed"]

    public init() {}

    /// `status` nil (or unknown) lists every message.
    public func messages(status: String?, limit: Int, offset: Int, _ c: Connection) throws -> [OutboxMessage] {
        let (filter, bindings) = Self.filter(status)
        return try c.query("SELECT * FROM outbox_messages\(filter) ORDER BY id DESC LIMIT ? OFFSET ?",
                           bindings + [min(max(limit, 1), 500), max(offset, 0)]).map(OutboxMessage.init(row:))
    }

    public func count(status: String?, _ c: Connection) throws -> Int {
        let (filter, bindings) = Self.filter(status)
        return try c.scalarInt("SELECT count(*) FROM outbox_messages\(filter)", bindings) ?? 0
    }

    public func message(id: Int, _ c: Connection) throws -> OutboxMessage? {
        try c.queryOne("SELECT * FROM outbox_messages WHERE id = ?", [id]).map(OutboxMessage.init(row:))
    }

    /// Pending messages whose next attempt is at or before `timestamp`, oldest first.
    func due(at timestamp: String, limit: Int, _ c: Connection) throws -> [OutboxMessage] {
        try c.query("SELECT * FROM outbox_messages WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                    [timestamp, limit]).map(OutboxMessage.init(row:))
    }

    private static func filter(_ status: String?) -> (String, [any SQLBindable]) {
        guard let status, statuses.contains(status) else { return ("", []) }
        return (" WHERE status = ?", [status])
    }
}
