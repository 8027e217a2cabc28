/// What a report can draw on (issue 11 item 2): the observations and meetings since the ECT's
/// previous report's meeting date, or all of them for the first report.
public struct ObservationEvidence: Sendable, Equatable {
    public let since: CalendarDate?
    public let items: ECTObservations
}
