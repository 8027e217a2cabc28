/// Why a change to an ECT's record could not be made.
public enum ECTRecordError: Error, Sendable, Equatable {
    /// No such ECT, or no induction period at their current school.
    case notFound
    /// The absence shares a day with one already recorded (checked again inside the transaction,
    /// so a double-click never records it twice).
    case overlaps(StoredAbsence)
    /// The absence falls outside the induction period at the ECT's current school.
    case outsidePeriod
    /// Sickness or other unplanned absence that ends after today: only statutory leave may be
    /// recorded ahead (checked in the verb too, so no caller can store it).
    case unplannedAbsenceAhead(AbsenceCategory)
    /// The absence was recorded by another school, which alone may change it.
    case recordedByAnotherSchool
}
