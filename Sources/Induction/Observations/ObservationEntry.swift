/// A lesson observation as typed and checked by `ObservationForm`, ready for `RecordObservation`.
public struct ObservationEntry: Sendable, Equatable {
    public var observedOn: CalendarDate
    public var observerName: String
    public var observerHoldsQTS: Bool
    public var focus: String
    public var feedback: String
    public var developmentNeeds: String

    public init(observedOn: CalendarDate, observerName: String, observerHoldsQTS: Bool, focus: String, feedback: String,
                developmentNeeds: String) {
        self.observedOn = observedOn
        self.observerName = observerName
        self.observerHoldsQTS = observerHoldsQTS
        self.focus = focus
        self.feedback = feedback
        self.developmentNeeds = developmentNeeds
    }
}
