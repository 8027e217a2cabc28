import SQLite

/// One row of the audit trail as admins read it.
public struct AuditEntry: Sendable, Equatable, Identifiable {
    public var id: Int
    public var occurredAt: String
    public var actor: String
    public var actorUserID: Int?
    public var action: String
    public var recordType: String
    public var recordID: Int?
    public var detail: String
    public var clientAddress: String

    public init(id: Int, occurredAt: String, actor: String, actorUserID: Int?, action: String, recordType: String,
                recordID: Int?, detail: String, clientAddress: String) {
        self.id = id
        self.occurredAt = occurredAt
        self.actor = actor
        self.actorUserID = actorUserID
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.detail = detail
        self.clientAddress = clientAddress
    }

    init(row: Row) throws {
        self.init(id: try row.int("id"), occurredAt: try row.string("occurred_at"), actor: try row.string("actor"),
                  actorUserID: try row.optionalInt("actor_user_id"), action: try row.string("action"),
                  recordType: try row.string("record_type"), recordID: try row.optionalInt("record_id"),
                  detail: try row.string("detail"), clientAddress: try row.string("client_address"))
    }
}
