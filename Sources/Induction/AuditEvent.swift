import SQLite

/// One line of the append-only audit trail, written in the same transaction as the change.
public struct AuditEvent: Sendable, Equatable {
    public var actor: String
    public var actorUserID: Int?
    public var action: String
    public var recordType: String
    public var recordID: Int?
    public var detail: String
    public var clientAddress: String

    public init(actor: String, actorUserID: Int? = nil, action: String, recordType: String, recordID: Int? = nil,
                detail: String = "", clientAddress: String = "") {
        self.actor = actor
        self.actorUserID = actorUserID
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.detail = detail
        self.clientAddress = clientAddress
    }

    public func record(in connection: Connection, at timestamp: String) throws {
        try connection.run(
            """
            INSERT INTO audit_events (occurred_at, actor, actor_user_id, action, record_type, record_id, detail, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [timestamp, actor, actorUserID, action, recordType, recordID, detail, clientAddress]
        )
    }
}
