import SQLite

/// One line of the append-only audit trail: written in the same transaction as the change, and
/// read back (with its id and time) for the history and admin pages.
public struct AuditEvent: Sendable, Equatable {
    /// Set once stored.
    public var id: Int?
    public var occurredAt: String?
    public var actor: String
    public var actorUserID: Int?
    /// The role the author acted in; empty for older rows and for work no account does.
    public var actorRole: String = ""
    /// The stored text; a row written by another build may hold one this build has no case for.
    public var actionName: String
    public var recordType: String
    public var recordID: Int?
    public var detail: String
    public var clientAddress: String

    public init(author: Author, action: AuditAction, recordType: String, recordID: Int? = nil, detail: String = "") {
        self.init(author: author, actionName: action.rawValue, recordType: recordType, recordID: recordID, detail: detail)
    }

    /// Stores the text as given, for an action this build may not know (imported or older rows).
    public init(author: Author, actionName: String, recordType: String, recordID: Int? = nil, detail: String = "") {
        actor = author.name
        actorUserID = author.userID
        actorRole = author.role
        self.actionName = actionName
        self.recordType = recordType
        self.recordID = recordID
        self.detail = detail
        clientAddress = author.clientAddress
    }

    init(row: Row) throws {
        id = try row.int("id")
        occurredAt = try row.string("occurred_at")
        actor = try row.string("actor")
        actorUserID = try row.optionalInt("actor_user_id")
        actorRole = try row.string("actor_role")
        actionName = try row.string("action")
        recordType = try row.string("record_type")
        recordID = try row.optionalInt("record_id")
        detail = try row.string("detail")
        clientAddress = try row.string("client_address")
    }

    public var action: AuditAction? { AuditAction(rawValue: actionName) }

    /// The action's label, or the stored text when this build does not know it.
    public var actionLabel: String { action?.label ?? actionName }

    public func record(in connection: Connection, at timestamp: String) throws {
        try connection.run(
            """
            INSERT INTO audit_events (occurred_at, actor, actor_user_id, actor_role, action, record_type, record_id, detail, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [timestamp, actor, actorUserID, actorRole, actionName, recordType, recordID, detail, clientAddress]
        )
    }
}
