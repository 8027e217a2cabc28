/// An absence as stored: its row id, the school that recorded it (only that school corrects or
/// deletes it) and when it was recorded, with the calendar's `Absence`.
public struct StoredAbsence: Sendable, Hashable {
    public let id: Int
    public let absence: Absence
    public let recordedAt: String
    public let schoolID: Int

    public init(id: Int, absence: Absence, recordedAt: String, schoolID: Int = 0) {
        self.id = id
        self.absence = absence
        self.recordedAt = recordedAt
        self.schoolID = schoolID
    }

    /// "Sickness, 7 September 2026 to 13 November 2026": how a message names it.
    public var description: String {
        let dates = absence.start == absence.end ? absence.start.ukLong : "\(absence.start.ukLong) to \(absence.end.ukLong)"
        return "\(absence.category.label), \(dates)"
    }
}
