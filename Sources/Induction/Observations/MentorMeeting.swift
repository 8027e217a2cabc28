/// A mentor meeting as the mentor logged it: when, what it was about and the next step agreed.
public struct MentorMeeting: Sendable, Equatable {
    public let id: Int
    public let ectID: Int
    public let metOn: CalendarDate
    public let mentorName: String
    public let focus: String
    public let nextStep: String
}
