/// A reminder a person will get (issue 11 item 7: "people see which reminders they will get").
public struct UpcomingReminder: Sendable, Equatable {
    public let reportID: Int
    /// "Progress review, term 1, for Priya Chauhan"
    public let reportTitle: String
    public let dueDate: CalendarDate
    public let stage: ReminderStage
    public let sendOn: CalendarDate
}
