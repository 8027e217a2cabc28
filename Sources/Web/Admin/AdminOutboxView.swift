import Induction
import Templates

/// Outbox messages as the admin pages show them: strings ready to print, a tag for the status.
enum AdminOutboxView {
    static func nouns(_ status: OutboxStatus) -> (String, String) {
        switch status {
        case .pending: ("message waiting to send", "messages waiting to send")
        case .sent: ("sent message", "sent messages")
        case .failed: ("failed message", "failed messages")
        }
    }

    static func tagClass(_ status: OutboxStatus) -> String {
        switch status {
        case .pending: "tag--blue"
        case .sent: "tag--green"
        case .failed: "tag--red"
        }
    }

    static func row(_ message: OutboxMessage) -> TemplateValue {
        .dictionary(summary(message).merging(["href": .string("/admin/outbox/\(message.id)")]) { _, new in new })
    }

    /// The fields the list row and the detail page both show.
    private static func summary(_ message: OutboxMessage) -> TemplateFields {
        [
            "recipient": .string(message.recipient),
            "subject": .string(message.subject.isEmpty ? "(no subject)" : message.subject),
            "status": status(message.status),
            "attempts": .int(message.attempts),
            "lastError": .string(message.lastError),
            "created": .string(DisplayTime.format(message.createdAt)),
            "createdISO": .string(message.createdAt),
        ]
    }

    static func detail(_ message: OutboxMessage, masked: Bool = false) -> TemplateFields {
        let waiting = message.status == .pending
        return [
            "message": .dictionary(summary(message).merging([
                "id": .int(message.id),
                "sent": TemplateValue(message.sentAt.map(DisplayTime.format)),
                "nextAttempt": waiting && message.attempts > 0 ? .string(DisplayTime.format(message.nextAttemptAt)) : .null,
                "body": LinkedText.segments(message.body),
                "masked": .bool(masked),
            ]) { _, new in new }),
        ]
    }

    /// The filter's choices, the chosen one selected ("" is every status).
    static func statusOptions(chosen: OutboxStatus?) -> TemplateValue {
        let options = [("", "All statuses")] + OutboxStatus.allCases.map { ($0.rawValue, $0.label) }
        let chosen = chosen?.rawValue ?? ""
        return .list(options.map { value, label in
            ["value": .string(value), "label": .string(label), "selected": .bool(value == chosen)]
        })
    }

    static func status(_ status: OutboxStatus) -> TemplateValue {
        ["label": .string(status.label), "tagClass": .string(tagClass(status))]
    }
}
