/// One ECT's lesson observations and mentor meetings, newest first.
public struct ECTObservations: Sendable, Equatable {
    /// SG expects about one observation every half term: about seven weeks.
    public static let expectedGapInDays = 49

    public let observations: [LessonObservation]
    public let meetings: [MentorMeeting]

    public var lastObservedOn: CalendarDate? { observations.map(\.observedOn).max() }

    /// No observation in the last half term or so.
    public func isObservationDue(today: CalendarDate) -> Bool {
        guard let last = lastObservedOn else { return true }
        return last.adding(days: Self.expectedGapInDays) < today
    }
}
