/// A line in a person's in-app notifications.
public struct Notification: Sendable, Equatable {
    public let id: Int
    public let kind: NotificationKind
    public let title: String
    public let link: String?
    /// UTC timestamps.
    public let createdAt: String
    public let readAt: String?
}
