/// Where an outbox message is in delivery. Raw values are the stored `outbox_messages.status`.
public enum OutboxStatus: String, CaseIterable, Sendable {
    case pending
    case sent
    case failed

    public var label: String {
        switch self {
        case .pending: "Waiting to send"
        case .sent: "Sent"
        case .failed: "Failed"
        }
    }
}
