/// The ECT's written representations on the recommendation, as the AB recorded them.
public struct ECTRepresentation: Sendable, Hashable {
    public let id: Int
    public let receivedOn: CalendarDate
    public let summary: String
    public let recordedAt: String
}
