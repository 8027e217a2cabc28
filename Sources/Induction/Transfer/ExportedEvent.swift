/// One line of the record's history of changes.
public struct ExportedEvent: Codable, Sendable, Equatable {
    public var occurredAt: String
    public var actor: String
    public var action: String
    public var recordType: String
    public var detail: String

    enum CodingKeys: String, CodingKey { case occurredAt = "occurred_at", actor, action, recordType = "record_type", detail }
}
