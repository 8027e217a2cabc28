/// The reminders a report's people get about its due date (issue 11 item 7), in the order they come.
public enum ReminderStage: String, CaseIterable, Sendable, Comparable {
    case weekBefore = "week-before"
    case dayBefore = "day-before"
    case dueDay = "due-day"
    case overdue
    case weeklyOverdue = "weekly-overdue"

    /// Before the deadline a reminder moves to the working day before, so nobody is reminded at a
    /// weekend or on a bank holiday and the reminder still comes before the day it names.
    public var comesBeforeTheDeadline: Bool { self == .weekBefore || self == .dayBefore || self == .dueDay }

    public var label: String {
        switch self {
        case .weekBefore: "Due in a week"
        case .dayBefore: "Due tomorrow"
        case .dueDay: "Due today"
        case .overdue: "Overdue"
        case .weeklyOverdue: "Still overdue"
        }
    }

    public static func < (lhs: ReminderStage, rhs: ReminderStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
