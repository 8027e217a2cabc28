/// An absence as stored: its row id and when it was recorded, with the calendar's `Absence`.
public struct StoredAbsence: Sendable, Hashable {
    public let id: Int
    public let absence: Absence
    public let recordedAt: String

    public init(id: Int, absence: Absence, recordedAt: String) {
        self.id = id
        self.absence = absence
        self.recordedAt = recordedAt
    }
}
