import Induction
import Templates

/// Outbox messages as the admin pages show them: strings ready to print, a tag for the status.
enum AdminOutboxView {
    static let statusLabels = ["pending": "Waiting to send", "sent": "Sent", "failed": "Failed"]
    static let nouns = ["pending": ("message waiting to send", "messages waiting to send"), "sent": ("sent message", "sent messages"),
                        "failed": ("failed message", "failed messages")]
    static let tagClasses = ["pending": "tag--blue", "sent": "tag--green", "failed": "tag--red"]

    static func row(_ message: OutboxMessage) -> TemplateValue {
        [
            "href": .string("/admin/outbox/\(message.id)"),
            "recipient": .string(message.recipient),
            "subject": .string(message.subject.isEmpty ? "(no subject)" : message.subject),
            "status": status(message.status),
            "attempts": .int(message.attempts),
            "lastError": .string(message.lastError),
            "created": .string(DisplayTime.format(message.createdAt)),
            "createdISO": .string(message.createdAt),
        ]
    }

    static func detail(_ message: OutboxMessage, masked: Bool = false) -> [String: TemplateValue] {
        let waiting = message.status == "pending"
        return [
            "message": [
                "id": .int(message.id),
                "recipient": .string(message.recipient),
                "subject": .string(message.subject.isEmpty ? "(no subject)" : message.subject),
                "status": status(message.status),
                "attempts": .int(message.attempts),
                "lastError": .string(message.lastError),
                "created": .string(DisplayTime.format(message.createdAt)),
                "createdISO": .string(message.createdAt),
                "sent": TemplateValue(message.sentAt.map(DisplayTime.format)),
                "nextAttempt": waiting && message.attempts > 0 ? .string(DisplayTime.format(message.nextAttemptAt)) : .null,
                "body": LinkedText.segments(message.body),
                "masked": .bool(masked),
            ],
        ]
    }

    /// The filter's choices, the chosen one selected ("" is every status).
    static func statusOptions(chosen: String) -> TemplateValue {
        let options = [("", "All statuses")] + OutboxQueries.statuses.map { ($0, statusLabels[$0] ?? $0) }
        return .list(options.map { value, label in
            ["value": .string(value), "label": .string(label), "selected": .bool(value == chosen)]
        })
    }

    static func status(_ raw: String) -> TemplateValue {
        ["label": .string(statusLabels[raw] ?? raw), "tagClass": .string(tagClasses[raw] ?? "tag--grey")]
    }
}
