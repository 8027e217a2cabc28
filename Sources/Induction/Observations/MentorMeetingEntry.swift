/// A mentor meeting as typed and checked by `MentorMeetingForm`, ready for `RecordMentorMeeting`.
public struct MentorMeetingEntry: Sendable, Equatable {
    public var metOn: CalendarDate
    public var focus: String
    public var nextStep: String

    public init(metOn: CalendarDate, focus: String, nextStep: String) {
        self.metOn = metOn
        self.focus = focus
        self.nextStep = nextStep
    }
}
