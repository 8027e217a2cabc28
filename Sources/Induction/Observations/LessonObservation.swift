/// A lesson observation of an ECT as stored: who observed, what they looked at, their feedback and
/// the development needs they agreed with the ECT.
public struct LessonObservation: Sendable, Equatable {
    public let id: Int
    public let ectID: Int
    public let observedOn: CalendarDate
    public let observerName: String
    public let focus: String
    public let feedback: String
    public let developmentNeeds: String
    public let recordedBy: String
}
